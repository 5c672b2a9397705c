package io.buzzline.content;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.testing.ServiceEndpointsContract;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class ContentEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected List<String> readinessDependencies() {
        return List.of("Redis", "PostgreSQL", "Firestore");
    }

    @Override
    protected String openApiTitle() {
        return "Buzzline content API";
    }
}

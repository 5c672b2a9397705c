package io.buzzline.scoring;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.testing.ServiceEndpointsContract;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ScoringEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected List<String> readinessDependencies() {
        return List.of("Redis", "PostgreSQL");
    }

    @Override
    protected String openApiTitle() {
        return "Buzzline scoring API";
    }
}

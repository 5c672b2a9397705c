package io.buzzline.content.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.security.RoleMatrixContract;
import io.buzzline.testing.tokens.TokenKeysTestResource;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class RoleMatrixTest extends RoleMatrixContract {

    /** Generation jobs have numeric ids; every other id is a string. Neither names anything here. */
    @Override
    protected String pathValue(String path, String name) {
        return path.startsWith("/generation/jobs/") ? "999999999" : "nothing-here";
    }
}

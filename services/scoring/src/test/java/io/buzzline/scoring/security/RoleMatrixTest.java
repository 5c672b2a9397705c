package io.buzzline.scoring.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.security.RoleMatrixContract;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/** Scoring's reads are public: every caller, whatever its token, gets a documented answer and never 401/403. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected String pathValue(String path, String name) {
        return name.equals("period") ? "daily" : "nothing-here";
    }
}

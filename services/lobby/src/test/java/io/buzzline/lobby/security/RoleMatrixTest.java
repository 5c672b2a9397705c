package io.buzzline.lobby.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.security.RoleMatrixContract;
import io.buzzline.testing.tokens.TokenKeysTestResource;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class RoleMatrixTest extends RoleMatrixContract {

    /** Well-formed ids that name nothing: the matrix's player's own game and id, so leave is a 404, not a 400. */
    @Override
    protected String pathValue(String path, String name) {
        return switch (name) {
            case "gameId" -> "g_00000000000000aa";
            case "playerId" -> "p_player0000000000";
            default -> "NOCODE";
        };
    }
}

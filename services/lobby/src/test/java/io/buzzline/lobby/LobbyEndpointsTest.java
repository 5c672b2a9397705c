package io.buzzline.lobby;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.lobby.support.ContentPacksTestResource;
import io.buzzline.testing.ServiceEndpointsContract;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TokenKeysTestResource;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
@WithTestResource(ContentPacksTestResource.class)
class LobbyEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected List<String> readinessDependencies() {
        return List.of("Redis");
    }

    @Override
    protected String openApiTitle() {
        return "Buzzline lobby API";
    }
}

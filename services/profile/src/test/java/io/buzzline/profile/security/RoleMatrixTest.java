package io.buzzline.profile.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.security.RoleMatrixContract;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/** Every operation of profile answers no token, a player, a host and an editor as its document says. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class RoleMatrixTest extends RoleMatrixContract {}

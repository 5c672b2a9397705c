package io.buzzline.match.security;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.buzzline.match.support.ContentTestResource;
import io.buzzline.security.Roles;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.security.RoleMatrixContract;
import io.buzzline.testing.tokens.TestTokens;

/** Match's REST API is internal: its game log (every answer key) answers services only. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(ContentTestResource.class)
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected List<Caller> callers() {
        List<Caller> callers = new ArrayList<>(super.callers());
        callers.add(new Caller("an operator", Roles.OPERATOR, TestTokens.operator()));
        callers.add(new Caller("a service", Roles.SERVICE, TestTokens.service()));
        return callers;
    }
}

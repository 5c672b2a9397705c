package io.buzzline.testing.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.security.Roles;
import io.buzzline.testing.tokens.TestTokens;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role matrix of a service, generated from the OpenAPI document it serves: every operation is
 * called with no token, a player's token, another game's host token and an editor's token, and each
 * answer must be what the document says: 401 without a token where roles are required, 403 for a role
 * not listed, and for a caller the operation admits one of its documented responses (never 401). A
 * service's test extends this; placeholder path values name nothing, so no call changes any data.
 */
public abstract class RoleMatrixContract {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** A caller of the matrix: its role (null: anonymous) and Authorization header (null: none). */
    public record Caller(String name, String role, String authorization) {}

    /** The callers every operation meets; a service may add its own (service, operator). */
    protected List<Caller> callers() {
        return List.of(
                new Caller("nobody", null, null),
                new Caller("a player", Roles.PLAYER, TestTokens.player("g_00000000000000aa", "p_player0000000000")),
                new Caller("another game's host", Roles.HOST, TestTokens.host("g_00000000000000bb", "h_host")),
                new Caller("an editor", Roles.EDITOR, TestTokens.editor()));
    }

    /** A value for path parameter {@code name} of {@code path} that names nothing. */
    protected String pathValue(String path, String name) {
        return "nothing-here";
    }

    @BeforeEach
    void anonymousByDefault() {
        TestTokens.actAs(null);
    }

    @Test
    void everyOperationAnswersEveryCallerAsDocumented() {
        Map<String, Map<String, Object>> paths = RestAssured.given()
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        assertFalse(paths.isEmpty(), "the document lists no operation");
        List<String> wrong = new ArrayList<>();
        for (var path : new TreeSet<>(paths.keySet())) {
            for (String method : METHODS) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation =
                        (Map<String, Object>) paths.get(path).get(method);
                if (operation != null) {
                    wrong.addAll(check(method, path, operation));
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "answers that differ from the document:\n" + String.join("\n", wrong));
    }

    private List<String> check(String method, String path, Map<String, Object> operation) {
        Set<String> roles = OpenApiOperations.roles(operation);
        Set<String> documented = OpenApiOperations.responses(operation);
        String name = method.toUpperCase() + " " + path;
        List<String> wrong = new ArrayList<>();
        if (!roles.isEmpty() && !documented.containsAll(Set.of("401", "403"))) {
            wrong.add(name + ": requires " + roles + " but does not document 401 and 403 " + documented);
        }
        for (Caller caller : callers()) {
            int status = call(method, path, operation, caller);
            String got = name + " by " + caller.name() + " answered " + status;
            boolean anyToken = roles.contains("**");
            if (roles.isEmpty()) {
                if (status == 401 || status == 403 || !documented.contains(String.valueOf(status))) {
                    wrong.add(got + " (open to everyone; documented " + documented + ")");
                }
            } else if (caller.role() == null) {
                if (status != 401) {
                    wrong.add(got + " (expected 401: requires " + roles + ")");
                }
            } else if (!anyToken && !roles.contains(caller.role())) {
                if (status != 403) {
                    wrong.add(got + " (expected 403: requires " + roles + ")");
                }
            } else if (status == 401 || !documented.contains(String.valueOf(status))) {
                wrong.add(got + " (admitted; documented " + documented + ")");
            }
        }
        return wrong;
    }

    private int call(String method, String path, Map<String, Object> operation, Caller caller) {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (caller.authorization() != null) {
            request.header("Authorization", caller.authorization());
        }
        OpenApiOperations.body(operation)
                .ifPresent(body -> request.contentType(body.mediaType()).body(body.placeholder()));
        String concrete = path;
        for (String parameter : OpenApiOperations.pathParameters(path)) {
            concrete = concrete.replace("{" + parameter + "}", pathValue(path, parameter));
        }
        return request.request(method.toUpperCase(), concrete).statusCode();
    }
}

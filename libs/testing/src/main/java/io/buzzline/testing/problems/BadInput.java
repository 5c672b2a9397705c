package io.buzzline.testing.problems;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * One bad request and the problem it must get: status, the slug of the problem type and, for
 * invalid input, the field a violation must name (null when none is expected).
 */
public record BadInput(
        String name,
        String method,
        String path,
        String contentType,
        String body,
        int status,
        String slug,
        String field,
        String in) {

    @Override
    public String toString() {
        return name;
    }

    /**
     * Sends the request as written: the path unencoded (so {@code %00%ff} arrives as sent), the
     * Content-Type and body only when given (a body without one goes as {@code *}{@code /*}, the nearest REST Assured
     * comes to none), and {@code Accept: text/html} for an expected 406.
     */
    public Response send() {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null && contentType == null) {
            // REST Assured sends a text body as text/plain, and cannot send a body without any Content-Type:
            // bytes go as */*, which says no more than none and must get the same 415. (e2e's
            // DocumentedContractIT sends bodies with no Content-Type at all.)
            request.noContentType().body(body.getBytes(StandardCharsets.UTF_8));
        } else if (body != null) {
            request.body(body);
        }
        if (status == 406) {
            request.accept("text/html");
        }
        return request.request(method, path);
    }

    public static BadInput body(String name, String path, String body, int status, String slug, String field) {
        return new BadInput(
                name, "POST", path, "application/json", body, status, slug, field, field == null ? null : "body");
    }

    public static BadInput query(String name, String path, String field) {
        return new BadInput(name, "GET", path, null, null, 400, "invalid-request", field, "query");
    }

    /** A valid JSON body with one change made to its text, so the seeds read as the mutation they test. */
    public static String edit(String valid, UnaryOperator<String> change) {
        String edited = change.apply(valid);
        if (edited.equals(valid)) {
            throw new IllegalArgumentException("The edit changed nothing in " + valid);
        }
        return edited;
    }
}

package io.buzzline.problems;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the only place the type URI base and the media type are written. */
public final class Problems {

    /** Base of every problem type URI; the README lists each slug and when it is served. */
    public static final String TYPE_BASE = "https://buzzline.dev/problems/";

    /** The media type of every error body (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Response response(int status, String slug, String detail, String instance) {
        return response(status, slug, detail, instance, null);
    }

    public static Response response(
            int status, String slug, String detail, String instance, List<Problem.Violation> violations) {
        return response(status, slug, detail, instance, violations, Map.of());
    }

    /** With RFC 9457 extension members (each problem type documents its own in the service's README). */
    public static Response response(
            int status,
            String slug,
            String detail,
            String instance,
            List<Problem.Violation> violations,
            Map<String, Object> extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + slug, title(status), status, detail, instance, violations, extensions))
                .build();
    }

    /** The body alone, for a Vert.x route that answers without JAX-RS (the gateway's REST edge). */
    public static Problem of(int status, String slug, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title(status), status, detail, instance, null);
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}

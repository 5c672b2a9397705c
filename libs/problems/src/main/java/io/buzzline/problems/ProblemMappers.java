package io.buzzline.problems;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception a request can end in, rendered as problem+json: the services' own refusals, Bean
 * Validation, unreadable JSON, the framework's 404/405/406/413/415, and anything else as a 500 that
 * names nothing internal. Priority 1 so these win over Quarkus' built-in mappers for the same types.
 */
public class ProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response refused(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.slug(), e.getMessage(), uri.getPath(), e.violations(), e.extensions());
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        if (Violations.isReturnValue(e.getConstraintViolations())) {
            return internal(e, uri);
        }
        List<Problem.Violation> violations = Violations.of(e.getConstraintViolations(), resource);
        return Problems.response(400, "invalid-request", Violations.detail(violations), uri.getPath(), violations);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        JsonProblems.Described described = JsonProblems.describe(e);
        return Problems.response(
                400, described.slug(), described.detail(), uri.getPath(), JsonProblems.violations(described));
    }

    /** Named apart from its supertype because Quarkus REST maps this exact type itself, with an empty body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        // JAX-RS answers 404 when a path or query parameter does not convert; that is a bad request.
        List<Problem.Violation> violations = unconvertible(resource, uri);
        if (!violations.isEmpty()) {
            return Problems.response(400, "invalid-request", Violations.detail(violations), uri.getPath(), violations);
        }
        return Problems.response(404, "not-found", "Nothing is served at this path.", uri.getPath());
    }

    @ServerExceptionMapper(priority = 1)
    public Response framework(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        Response problem =
                switch (status) {
                    case 405 ->
                        Problems.response(
                                405,
                                "method-not-allowed",
                                "This path does not take " + request.getMethod() + "; see the Allow header.",
                                uri.getPath());
                    case 406 ->
                        Problems.response(
                                406,
                                "not-acceptable",
                                "This operation cannot answer in a media type the Accept header allows;"
                                        + " ask for application/json.",
                                uri.getPath());
                    case 413 -> BodyLimit.tooLarge(uri.getPath());
                    case 415 -> ContentTypeFilter.unsupported(uri.getPath());
                    default ->
                        Problems.response(
                                status, "invalid-request", "The request cannot be processed as sent.", uri.getPath());
                };
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null
                ? problem
                : Response.fromResponse(problem)
                        .header(HttpHeaders.ALLOW, allow)
                        .build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response internal(Throwable e, UriInfo uri) {
        Log.errorf(e, "Request to %s failed", uri.getPath());
        return Problems.response(
                500, "internal-error", "Something went wrong on our side; it has been logged.", uri.getPath());
    }

    private static List<Problem.Violation> unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<Problem.Violation> violations = new ArrayList<>();
        if (method == null) {
            return violations;
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            if (name == null) {
                continue;
            }
            String raw = query != null
                    ? uri.getQueryParameters().getFirst(name)
                    : uri.getPathParameters().getFirst(name);
            if (raw != null && !converts(raw, parameter.getType())) {
                violations.add(new Problem.Violation(
                        name,
                        query != null ? "query" : "path",
                        "must be " + JsonProblems.expected(parameter.getType())));
            }
        }
        return violations;
    }

    private static boolean converts(String raw, Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .anyMatch(constant -> constant.toString().equals(raw));
        }
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(raw);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(raw);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(raw);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

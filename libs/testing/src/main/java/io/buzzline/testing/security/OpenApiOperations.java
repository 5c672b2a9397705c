package io.buzzline.testing.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a role-matrix test needs from one operation of an OpenAPI document parsed as maps. */
final class OpenApiOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private OpenApiOperations() {}

    /** A request body the operation takes, with a placeholder that no schema accepts as real data. */
    record Body(String mediaType, String placeholder) {}

    /** The roles of the operation's security requirements (the scopes Quarkus lists per @RolesAllowed). */
    @SuppressWarnings("unchecked")
    static Set<String> roles(Map<String, Object> operation) {
        Set<String> roles = new TreeSet<>();
        Object security = operation.get("security");
        if (security instanceof List<?> requirements) {
            for (Object requirement : requirements) {
                ((Map<String, List<String>>) requirement).values().forEach(roles::addAll);
            }
            if (roles.isEmpty() && !requirements.isEmpty()) {
                // A requirement without scopes: any valid token, as @Authenticated.
                roles.add("**");
            }
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    static Set<String> responses(Map<String, Object> operation) {
        Object responses = operation.get("responses");
        return responses == null ? Set.of() : new TreeSet<>(((Map<String, Object>) responses).keySet());
    }

    @SuppressWarnings("unchecked")
    static Optional<Body> body(Map<String, Object> operation) {
        Object requestBody = operation.get("requestBody");
        if (!(requestBody instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)) {
            return Optional.empty();
        }
        String mediaType = ((Map<String, Object>) content).keySet().iterator().next();
        return Optional.of(new Body(mediaType, mediaType.contains("json") ? "{}" : ""));
    }

    static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

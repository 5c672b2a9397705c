package io.buzzline.problems;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes every operation of a service's OpenAPI document say who may call it, as the code does: an
 * operation the document gives no security requirement is open to everyone (each service's
 * RoleDeclarationsTest fails on a resource method that declares no role, so only {@code @PermitAll}
 * ones get here) and is marked so with an explicit empty requirement ({@code security: []}) instead
 * of leaving a reader, or a linter, to guess. Security schemes no operation uses (the one the JWT
 * extension adds by default next to a service's own) are dropped.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DeclaredAccess implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        if (openAPI.getSecurity() != null) {
            openAPI.getSecurity().forEach(requirement -> used.addAll(schemes(requirement)));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getSecurity() == null) {
                        operation.setSecurity(List.of());
                    }
                    operation.getSecurity().forEach(requirement -> used.addAll(schemes(requirement)));
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            Set<String> declared =
                    Set.copyOf(openAPI.getComponents().getSecuritySchemes().keySet());
            declared.stream()
                    .filter(name -> !used.contains(name))
                    .forEach(openAPI.getComponents()::removeSecurityScheme);
        }
    }

    private static Set<String> schemes(SecurityRequirement requirement) {
        Map<String, List<String>> byScheme = requirement.getSchemes();
        return byScheme == null ? Set.of() : byScheme.keySet();
    }
}

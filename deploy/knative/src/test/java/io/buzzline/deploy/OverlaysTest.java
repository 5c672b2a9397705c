package io.buzzline.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every regional overlay builds, and every resource it yields validates against the shipped schema. */
class OverlaysTest {

    private static final JsonSchema SERVICE_SCHEMA = loadSchema("knative-serving-v1-service.json");

    static List<String> regions() throws IOException {
        return Kustomize.regions();
    }

    @Test
    void thereAreAtLeastThreeRegions() throws IOException {
        assertThat(Kustomize.regions()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("regions")
    void overlayBuildsFiveValidKnativeServices(String region) throws Exception {
        List<JsonNode> resources = Kustomize.build(region);

        assertThat(resources)
                .extracting(r -> r.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("gateway", "lobby", "match", "scoring", "content");
        for (JsonNode resource : resources) {
            Set<ValidationMessage> problems = SERVICE_SCHEMA.validate(resource);
            assertThat(problems)
                    .as(
                            "%s in %s: %s",
                            resource.path("metadata").path("name").asText(),
                            region,
                            problems.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")))
                    .isEmpty();
            assertThat(resource.path("metadata").path("namespace").asText()).isEqualTo("buzzline-" + region);
        }
    }

    @Test
    void theSchemaRefusesATypo() throws Exception {
        JsonNode service =
                Kustomize.build(Kustomize.regions().getFirst()).getFirst().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        service.path("spec").path("template").path("spec"))
                .put("timeoutSecond", 10);

        assertThat(SERVICE_SCHEMA.validate(service)).isNotEmpty();
    }

    private static JsonSchema loadSchema(String name) {
        try (InputStream schema = Files.newInputStream(Kustomize.KNATIVE.resolve("schemas/" + name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + name, e);
        }
    }
}

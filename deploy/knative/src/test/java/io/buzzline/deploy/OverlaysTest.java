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
    private static final Set<String> INTERNAL = Set.of("match", "scoring", "content", "profile");

    static List<String> regions() throws IOException {
        return Kustomize.regions();
    }

    @Test
    void thereAreAtLeastThreeRegions() throws IOException {
        assertThat(Kustomize.regions()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("regions")
    void overlayBuildsSixValidKnativeServices(String region) throws Exception {
        List<JsonNode> resources = Kustomize.build(region);

        assertThat(resources)
                .extracting(r -> r.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("gateway", "lobby", "match", "scoring", "content", "profile");
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

    /**
     * Match, scoring, content and profile are internal (docs/security.md): their log, answer keys, writes,
     * accounts and wallets must have no public route (profile's public operations go through the gateway's
     * edge), so each carries Knative's cluster-local visibility in every region.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void internalServicesAreClusterLocal(String region) throws Exception {
        for (JsonNode resource : Kustomize.build(region)) {
            String name = resource.path("metadata").path("name").asText();
            String visibility = resource.path("metadata")
                    .path("labels")
                    .path("networking.knative.dev/visibility")
                    .asText("");
            if (INTERNAL.contains(name)) {
                assertThat(visibility).as("%s in %s", name, region).isEqualTo("cluster-local");
            } else {
                assertThat(visibility)
                        .as("%s in %s faces the players", name, region)
                        .isEmpty();
            }
        }
    }

    /**
     * Each region pulls every service from its own registry at a pinned tag: a service missing from an overlay's
     * {@code images:} list would keep the base's bare name, which no cluster can pull.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void everyServiceIsPulledFromTheRegionsRegistryAtATag(String region) throws Exception {
        Set<String> registries = new java.util.HashSet<>();
        for (JsonNode resource : Kustomize.build(region)) {
            String name = resource.path("metadata").path("name").asText();
            String image = resource.path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0)
                    .path("image")
                    .asText();
            assertThat(image).as("%s's image in %s", name, region).matches(".+/" + name + ":[^:/]+");
            registries.add(image.substring(0, image.lastIndexOf('/')));
        }
        assertThat(registries).as("registries of %s", region).hasSize(1);
    }

    /**
     * A match instance reads only its share of the command stream's partitions (services/match README), so
     * instances beyond {@code wire.partitions} would read nothing and own no games: no region may scale
     * match past the count libs/events ships.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void matchNeverScalesPastThePartitionsOfItsCommandStream(String region) throws Exception {
        java.util.Properties wire = new java.util.Properties();
        try (InputStream in = Files.newInputStream(Kustomize.KNATIVE.resolve(
                "../../libs/events/src/main/resources/META-INF/microprofile-config.properties"))) {
            wire.load(in);
        }
        int partitions = Integer.parseInt(wire.getProperty("wire.partitions"));
        JsonNode match = Kustomize.build(region).stream()
                .filter(r -> r.path("metadata").path("name").asText().equals("match"))
                .findFirst()
                .orElseThrow();
        int maxScale = match.path("spec")
                .path("template")
                .path("metadata")
                .path("annotations")
                .path("autoscaling.knative.dev/max-scale")
                .asInt(-1);
        assertThat(maxScale).as("match's max-scale in %s", region).isBetween(1, partitions);
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

    /**
     * Knative and its autoscaler-keda extension ignore an autoscaling annotation they do not know, so a misspelt
     * one would leave a service scaling on defaults: the schema knows every autoscaling key the manifests may use.
     */
    @Test
    void theSchemaRefusesAnUnknownAutoscalingAnnotation() throws Exception {
        JsonNode service = Kustomize.build(Kustomize.regions().getFirst()).stream()
                .filter(r -> r.path("metadata").path("name").asText().equals("scoring"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode annotations = (com.fasterxml.jackson.databind.node.ObjectNode)
                service.path("spec").path("template").path("metadata").path("annotations");
        assertThat(SERVICE_SCHEMA.validate(service)).isEmpty();

        annotations.set(
                "autoscaling.knative.dev/prometheus-querry",
                annotations.get("autoscaling.knative.dev/prometheus-query"));

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

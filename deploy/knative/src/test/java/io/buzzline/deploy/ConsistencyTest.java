package io.buzzline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests agree with the services: the port variable each service reads, the health paths it
 * serves, the environment variables it knows, and the scaling rules of the brief (§8).
 */
class ConsistencyTest {

    private static final Path SERVICES =
            Kustomize.KNATIVE.resolve("../../services").normalize();

    static List<String> regions() throws IOException {
        return Kustomize.regions();
    }

    @ParameterizedTest
    @MethodSource("regions")
    void containersMatchTheServicesOwnConfiguration(String region) throws Exception {
        for (JsonNode service : Kustomize.build(region)) {
            String name = service.path("metadata").path("name").asText();
            String properties = Files.readString(SERVICES.resolve(name + "/src/main/resources/application.properties"));
            JsonNode container = service.path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0);
            Map<String, String> env = env(container);

            assertThat(properties)
                    .as("%s reads its port from BUZZLINE_%s_PORT", name, name.toUpperCase())
                    .contains("${BUZZLINE_" + name.toUpperCase() + "_PORT:");
            assertThat(env.get("BUZZLINE_" + name.toUpperCase() + "_PORT"))
                    .isEqualTo(
                            container.path("ports").get(0).path("containerPort").asText());
            // Health and metrics are on the management port (never the routed one), where the probes look.
            String management = env.get("BUZZLINE_" + name.toUpperCase() + "_MANAGEMENT_PORT");
            assertThat(management)
                    .as("%s's management port", name)
                    .isNotBlank()
                    .isNotEqualTo(env.get("BUZZLINE_" + name.toUpperCase() + "_PORT"));
            assertThat(properties)
                    .contains("quarkus.management.enabled=true")
                    .contains("quarkus.management.port=${BUZZLINE_" + name.toUpperCase() + "_MANAGEMENT_PORT:");
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asText())
                        .as("%s's %s port", name, probe)
                        .isEqualTo(management);
            }
            assertThat(env).containsEntry("BUZZLINE_REGION", region);
            for (String variable : env.keySet()) {
                assertThat(properties).as("%s knows %s", name, variable).contains(variable);
            }
            assertThat(container
                            .path("readinessProbe")
                            .path("httpGet")
                            .path("path")
                            .asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container
                            .path("livenessProbe")
                            .path("httpGet")
                            .path("path")
                            .asText())
                    .isEqualTo("/q/health/live");
            assertThat(properties).doesNotContain("quarkus.smallrye-health.root-path");
        }
    }

    @ParameterizedTest
    @MethodSource("regions")
    void scalingFollowsEachServicesWorkload(String region) throws Exception {
        for (JsonNode service : Kustomize.build(region)) {
            String name = service.path("metadata").path("name").asText();
            JsonNode annotations =
                    service.path("spec").path("template").path("metadata").path("annotations");
            JsonNode spec = service.path("spec").path("template").path("spec");
            int minScale = annotations.path("autoscaling.knative.dev/min-scale").asInt();
            int maxScale = annotations.path("autoscaling.knative.dev/max-scale").asInt();
            assertThat(maxScale).as("%s max-scale", name).isGreaterThanOrEqualTo(Math.max(1, minScale));
            switch (name) {
                case "gateway" -> {
                    assertThat(annotations
                                    .path("autoscaling.knative.dev/metric")
                                    .asText())
                            .isEqualTo("concurrency");
                    assertThat(minScale).isGreaterThanOrEqualTo(1);
                    // A WebSocket is one long request: it must be allowed to live as long as a revision allows.
                    assertThat(spec.path("responseStartTimeoutSeconds").asInt())
                            .isEqualTo(spec.path("timeoutSeconds").asInt());
                    assertThat(spec.path("timeoutSeconds").asInt()).isBetween(300, 600);
                    // The gateway ends sockets itself, before the platform does, and drains inside the
                    // termination grace period (which Knative sets to timeoutSeconds).
                    Duration timeout =
                            Duration.ofSeconds(spec.path("timeoutSeconds").asInt());
                    Map<String, String> env = env(spec.path("containers").get(0));
                    Duration maxAge = duration(env.get("BUZZLINE_SOCKET_MAX_CONNECTION_AGE"));
                    assertThat(maxAge).as("gateway max connection age").isLessThan(timeout);
                    assertThat(duration(env.get("BUZZLINE_SOCKET_CONNECTION_AGE_SPREAD")))
                            .as("age spread")
                            .isLessThan(maxAge);
                    assertThat(duration(env.get("BUZZLINE_SOCKET_DRAIN_TIMEOUT")))
                            .as("drain timeout")
                            .isLessThan(timeout);
                }
                case "match", "scoring" -> {
                    // Stream consumers: Knative's request-based autoscaler cannot see their work.
                    assertThat(annotations.path("autoscaling.knative.dev/class").asText())
                            .isEqualTo("hpa.autoscaling.knative.dev");
                    assertThat(annotations
                                    .path("autoscaling.knative.dev/metric")
                                    .asText())
                            .isEqualTo("cpu");
                    assertThat(minScale).isGreaterThanOrEqualTo(name.equals("match") ? 2 : 1);
                }
                case "lobby" -> assertThat(minScale).isGreaterThanOrEqualTo(1);
                case "content" -> assertThat(minScale).isGreaterThanOrEqualTo(0);
                default -> throw new AssertionError("unexpected service " + name);
            }
        }
    }

    /**
     * Issue 25: in every region every service exports traces over OTLP to a collector and writes JSON log lines,
     * through the variables its application.properties maps onto the Quarkus keys (off locally by default).
     */
    @ParameterizedTest
    @MethodSource("regions")
    void everyServiceTracesAndLogsJsonInProduction(String region) throws Exception {
        for (JsonNode service : Kustomize.build(region)) {
            String name = service.path("metadata").path("name").asText();
            String properties = Files.readString(SERVICES.resolve(name + "/src/main/resources/application.properties"));
            Map<String, String> env = env(service.path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0));

            assertThat(env).as("%s in %s", name, region).containsEntry("BUZZLINE_OTEL_DISABLED", "false");
            assertThat(env.get("BUZZLINE_OTEL_ENDPOINT"))
                    .as("%s's collector", name)
                    .startsWith("http");
            assertThat(Double.parseDouble(env.get("BUZZLINE_OTEL_SAMPLER_RATIO")))
                    .as("%s's sampled share of traces", name)
                    .isBetween(0.0, 1.0);
            assertThat(env).as("%s in %s", name, region).containsEntry("BUZZLINE_LOG_FORMAT", "json");
            assertThat(properties)
                    .as("%s maps the variables, tracing and text logs by default", name)
                    .contains("quarkus.otel.sdk.disabled=${BUZZLINE_OTEL_DISABLED:true}")
                    .contains("quarkus.otel.exporter.otlp.traces.endpoint=${BUZZLINE_OTEL_ENDPOINT:")
                    .contains("quarkus.otel.traces.sampler.arg=${BUZZLINE_OTEL_SAMPLER_RATIO:")
                    .contains("buzzline.log.format=${BUZZLINE_LOG_FORMAT:text}");
        }
    }

    /** A Quarkus duration as the manifests write it: a number of seconds with {@code s}. */
    private static Duration duration(String value) {
        assertThat(value).as("a duration in seconds").isNotNull().matches("\\d+s");
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : container.path("env")) {
            env.put(variable.path("name").asText(), variable.path("value").asText(null));
        }
        return env;
    }
}

package io.buzzline.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests agree with the services: the port variable each service reads, the health paths it
 * serves, the environment variables it knows, and the scaling rules of the brief (§8).
 */
class ConsistencyTest {

    private static final Path ROOT = Kustomize.KNATIVE.resolve("../..").normalize();
    private static final Path SERVICES = ROOT.resolve("services");

    private static final String AUTOSCALING = "autoscaling.knative.dev/";
    private static final String HPA = "hpa.autoscaling.knative.dev";
    /** The gauge both stream consumers scale on (libs/redis-streams ChannelMetrics.LAG, as Prometheus names it). */
    private static final String LAG = "buzzline_redis_streams_lag";
    /** Whose lag scales whom: match on its command intake, scoring on the events feed. */
    private static final Map<String, String> LAG_CHANNEL = Map.of("match", "match-commands", "scoring", "match-events");

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

    /**
     * A service that calls another reads its address from {@code BUZZLINE_<OTHER>_URL}, whose default is the
     * other's local port on 127.0.0.1: in a pod that is the pod itself, so the manifest must name the other's
     * in-cluster address (the gateway's edge forwarded to 127.0.0.1 until this was checked).
     */
    @ParameterizedTest
    @MethodSource("regions")
    void servicesCallEachOtherByTheirInClusterNames(String region) throws Exception {
        List<JsonNode> services = Kustomize.build(region);
        Set<String> names = services.stream()
                .map(s -> s.path("metadata").path("name").asText())
                .collect(Collectors.toSet());
        Pattern peerUrl = Pattern.compile("\\$\\{BUZZLINE_([A-Z]+)_URL:");
        for (JsonNode service : services) {
            String name = service.path("metadata").path("name").asText();
            String properties = Files.readString(SERVICES.resolve(name + "/src/main/resources/application.properties"));
            Map<String, String> env = env(service.path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0));
            Matcher reads = peerUrl.matcher(properties);
            while (reads.find()) {
                String peer = reads.group(1).toLowerCase();
                if (names.contains(peer)) {
                    assertThat(env.get("BUZZLINE_" + reads.group(1) + "_URL"))
                            .as("%s in %s reaches %s at", name, region, peer)
                            .isEqualTo("http://" + peer);
                }
            }
        }
    }

    /**
     * In a pod the gateway's peer is always a proxy (queue-proxy on loopback, behind it the activator or the
     * ingress): without trusted proxies every client would share one address and one sign-in budget.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void theEdgeKeysSignInsOnTheClientPastTheClustersProxies(String region) throws Exception {
        JsonNode gateway = Kustomize.build(region).stream()
                .filter(s -> s.path("metadata").path("name").asText().equals("gateway"))
                .findFirst()
                .orElseThrow();
        Map<String, String> env = env(gateway.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0));
        assertThat(env.get("BUZZLINE_TRUSTED_PROXIES"))
                .as("gateway in %s", region)
                .isNotNull()
                .contains("127.0.0.1", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
        assertThat(Files.readString(SERVICES.resolve("gateway/src/main/resources/application.properties")))
                .contains("${BUZZLINE_TRUSTED_PROXIES:}");
    }

    /**
     * The scrape job of deploy/observability/prometheus.yml reads the region's namespace and keeps every service's
     * container (a service left out would export nothing to the dashboards, the alerts or KEDA).
     */
    @ParameterizedTest
    @MethodSource("regions")
    void prometheusScrapesEveryServiceOfTheRegion(String region) throws Exception {
        JsonNode job = new YAMLMapper()
                .readTree(ROOT.resolve("deploy/observability/prometheus.yml").toFile())
                .path("scrape_configs")
                .get(0);
        List<String> namespaces = new ArrayList<>();
        job.path("kubernetes_sd_configs")
                .get(0)
                .path("namespaces")
                .path("names")
                .forEach(n -> namespaces.add(n.asText()));
        assertThat(namespaces).as("namespaces scraped").contains("buzzline-" + region);
        String containers = null;
        for (JsonNode relabel : job.path("relabel_configs")) {
            if (relabel.path("action").asText().equals("keep")
                    && relabel.path("source_labels").toString().contains("__meta_kubernetes_pod_container_name")) {
                containers = relabel.path("regex").asText();
            }
        }
        assertThat(containers).as("the scrape job's container filter").isNotNull();
        for (JsonNode service : Kustomize.build(region)) {
            String container = service.path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0)
                    .path("name")
                    .asText();
            // Prometheus anchors a relabelling regex at both ends, as matches() does.
            assertThat(Pattern.matches(containers, container))
                    .as("the scrape job keeps %s's container (regex %s)", container, containers)
                    .isTrue();
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
                    // Stream consumers: Knative's request-based autoscaler cannot see their work. They keep the
                    // HPA class and scale on their lag (streamConsumersScaleOnTheirLagInTheirOwnRegion).
                    assertThat(annotations.path(AUTOSCALING + "class").asText()).isEqualTo(HPA);
                    assertThat(minScale).isGreaterThanOrEqualTo(name.equals("match") ? 2 : 1);
                }
                case "lobby" -> assertThat(minScale).isGreaterThanOrEqualTo(1);
                case "content" -> assertThat(minScale).isGreaterThanOrEqualTo(0);
                // Off the live path, but it grants each finished game's coins from match's milestone stream,
                // which no instance would read at zero.
                case "profile" -> assertThat(minScale).isGreaterThanOrEqualTo(1);
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

    /**
     * Match and scoring scale on their Redis Streams lag through Knative's autoscaler-keda extension, which turns
     * these annotations of the revision template into a KEDA ScaledObject (knative-extensions/autoscaler-keda,
     * CONCEPTS-API.md and pkg/reconciler/autoscaling/hpa/resources/keda.go; what a cluster needs for it:
     * docs/deploy.md). Each reads its own lag, in its own region's namespace, from a Prometheus the docs name, and
     * keeps CPU as a second trigger.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void streamConsumersScaleOnTheirLagInTheirOwnRegion(String region) throws Exception {
        Set<String> listed = listedMetrics();
        String deployDoc = Files.readString(ROOT.resolve("docs/deploy.md"));
        for (JsonNode service : streamConsumers(region)) {
            String name = service.path("metadata").path("name").asText();
            String what = name + " in " + region;
            JsonNode annotations = templateAnnotations(service);

            // The extension handles the revisions of the HPA class only.
            assertThat(annotations.path(AUTOSCALING + "class").asText())
                    .as(what)
                    .isEqualTo(HPA);
            assertThat(annotations.path(AUTOSCALING + "metric").asText())
                    .as("%s's metric", what)
                    .isEqualTo(LAG);
            assertThat(listed).as("deploy/observability/metrics.txt").contains(LAG);
            // Written out although it is the extension's default for a custom metric: with AverageValue the HPA
            // divides the query's value by the instances, which is what makes the target a backlog per instance.
            assertThat(annotations.path(AUTOSCALING + "metric-type").asText())
                    .as("%s's metric type", what)
                    .isEqualTo("AverageValue");
            // The extension keeps the whole part of a custom metric's target (resources/keda.go): 0.5 would be 0.
            assertThat(annotations.path(AUTOSCALING + "target").asText())
                    .as("%s's lag target", what)
                    .matches("[1-9][0-9]*");

            String address =
                    annotations.path(AUTOSCALING + "prometheus-address").asText();
            URI prometheus = URI.create(address);
            assertThat(prometheus.getScheme())
                    .as("%s's Prometheus %s", what, address)
                    .isIn("http", "https");
            assertThat(prometheus.getHost())
                    .as("%s's Prometheus %s", what, address)
                    .isNotBlank();
            assertThat(deployDoc.contains(address))
                    .as("docs/deploy.md names the Prometheus %s reads its lag from, %s", what, address)
                    .isTrue();

            String query = annotations.path(AUTOSCALING + "prometheus-query").asText();
            // The extension runs the query through Go's text/template (to offer {{.revisionName}}): a brace pair
            // would be taken for a template action.
            assertThat(query).as("%s's query", what).doesNotContain("{{").doesNotContain("}}");
            List<PromQl.Selector> selectors = PromQl.selectors(query);
            assertThat(selectors).as("%s's query reads a metric", what).isNotEmpty();
            for (PromQl.Selector selector : selectors) {
                assertThat(listed)
                        .as("%s's query reads %s, which deploy/observability/metrics.txt must list", what, selector)
                        .contains(selector.metric());
                // One Prometheus may scrape every region: an unscoped query would scale a region on all of them.
                assertThat(selector.equality("namespace"))
                        .as("%s's query scoped to its region's namespace: %s", what, selector)
                        .contains("buzzline-" + region);
                assertThat(selector.equality("channel"))
                        .as("%s's query reads its own channel: %s", what, selector)
                        .contains(LAG_CHANNEL.get(name));
            }
            assertThat(PromQl.metricNames(query)).as("%s's query", what).containsExactly(LAG);

            // CPU stays beside the lag: the extension appends these triggers to the one it builds from the query,
            // and the HPA follows whichever asks for more instances.
            JsonNode extra = new ObjectMapper()
                    .readTree(annotations
                            .path(AUTOSCALING + "extra-prometheus-triggers")
                            .asText());
            assertThat(extra.isArray() ? extra.size() : -1)
                    .as("%s's extra triggers", what)
                    .isEqualTo(1);
            JsonNode cpu = extra.get(0);
            assertThat(cpu.path("type").asText()).as("%s's extra trigger", what).isEqualTo("cpu");
            assertThat(cpu.path("metricType").asText())
                    .as("%s's CPU trigger", what)
                    .isEqualTo("Utilization");
            assertThat(cpu.path("metadata").path("value").asText())
                    .as("%s's CPU target, a percentage of its request", what)
                    .matches("[1-9][0-9]?|100");
        }
    }

    /**
     * The lag queries are PromQL that Prometheus' own parser accepts (promtool), so KEDA does not meet a broken
     * query only in the cluster, where the extension would still create the ScaledObject and the HPA could never
     * read its metric.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void lagQueriesAreValidPromQl(String region) throws Exception {
        Map<String, String> rules = new LinkedHashMap<>();
        for (JsonNode service : streamConsumers(region)) {
            String name = service.path("metadata").path("name").asText();
            rules.put(
                    "buzzline_autoscaling:" + region.replace('-', '_') + "_" + name,
                    templateAnnotations(service)
                            .path(AUTOSCALING + "prometheus-query")
                            .asText());
        }
        Promtool.Result result = Promtool.checkRules(rules);
        assertThat(result.valid())
                .as("promtool check rules on %s's lag queries:%n%s", region, result.output())
                .isTrue();
    }

    /** The check above can fail: promtool refuses what Prometheus could not parse. */
    @Test
    void promtoolRefusesABrokenQuery() throws Exception {
        Promtool.Result result = Promtool.checkRules(Map.of("buzzline_autoscaling:broken", "sum(" + LAG + "{"));

        assertThat(result.valid()).as(result.output()).isFalse();
    }

    /**
     * ScoringLagging (deploy/observability/alerts.yml) should page only when autoscaling has nothing left to give:
     * lag target × max-scale under the alert's threshold means that at the threshold the HPA already asks for
     * max-scale instances.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void scoringIsAtItsCeilingBeforeScoringLaggingPages(String region) throws Exception {
        JsonNode scoring = streamConsumers(region).stream()
                .filter(s -> s.path("metadata").path("name").asText().equals("scoring"))
                .findFirst()
                .orElseThrow();
        JsonNode annotations = templateAnnotations(scoring);
        long target = Long.parseLong(annotations.path(AUTOSCALING + "target").asText());
        long maxScale =
                Long.parseLong(annotations.path(AUTOSCALING + "max-scale").asText());

        assertThat((double) target * maxScale)
                .as("scoring's lag target %d × max-scale %d in %s", target, maxScale, region)
                .isLessThan(alertThreshold("ScoringLagging"));
    }

    private static List<JsonNode> streamConsumers(String region) throws IOException, InterruptedException {
        List<JsonNode> consumers = Kustomize.build(region).stream()
                .filter(s ->
                        LAG_CHANNEL.containsKey(s.path("metadata").path("name").asText()))
                .toList();
        assertThat(consumers).as("match and scoring in %s", region).hasSize(LAG_CHANNEL.size());
        return consumers;
    }

    private static JsonNode templateAnnotations(JsonNode service) {
        return service.path("spec").path("template").path("metadata").path("annotations");
    }

    /** The metric names deploy/observability/metrics.txt lists (the first word of each line that is no comment). */
    private static Set<String> listedMetrics() throws IOException {
        return Files.readAllLines(ROOT.resolve("deploy/observability/metrics.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0])
                .collect(Collectors.toSet());
    }

    /** The number an alert rule of deploy/observability/alerts.yml compares with last ({@code … > 5000}). */
    private static double alertThreshold(String alert) throws IOException {
        JsonNode rules = new YAMLMapper()
                .readTree(ROOT.resolve("deploy/observability/alerts.yml").toFile());
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.path("alert").asText().equals(alert)) {
                    Matcher threshold = Pattern.compile(">\\s*([0-9]+(?:\\.[0-9]+)?)\\s*$")
                            .matcher(rule.path("expr").asText().strip());
                    assertThat(threshold.find())
                            .as("%s ends with > <threshold>", alert)
                            .isTrue();
                    return Double.parseDouble(threshold.group(1));
                }
            }
        }
        throw new AssertionError("no alert " + alert + " in deploy/observability/alerts.yml");
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

package io.buzzline.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.buzzline.security.Roles;
import io.buzzline.testing.process.ServiceProcess;

/**
 * The six packaged services running as processes on one {@link Infrastructure}: content and lobby
 * once, match, gateway and scoring {@code replicas} times each (labels {@code match-a},
 * {@code match-b}, …). A process can be killed with SIGKILL and started again on the same port.
 */
public final class Platform implements AutoCloseable {

    private static final List<String> REPLICATED = List.of("scoring", "match", "gateway");

    private final Infrastructure infrastructure;
    private final int replicas;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> instanceIds = new ConcurrentHashMap<>();
    private final Map<String, Integer> generations = new ConcurrentHashMap<>();
    private final PackagedServices packaged = new PackagedServices();
    private final Tokens tokens;

    private Platform(
            Infrastructure infrastructure, int replicas, List<String> jvmOptions, Map<String, String> environment) {
        this.infrastructure = infrastructure;
        this.replicas = replicas;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.tokens = new Tokens(infrastructure);
        for (String label : labels()) {
            ports.put(label, ServiceProcess.freePort());
        }
    }

    /**
     * Starts every service (in parallel: start-up is CPU-bound and mostly JIT, so the wall time is that
     * of the slowest) and returns once all are ready.
     */
    public static Platform start(Infrastructure infrastructure, int replicas, List<String> jvmOptions) {
        return start(infrastructure, replicas, jvmOptions, Map.of());
    }

    /** As {@link #start(Infrastructure, int, List)}, with {@code environment} added to every process's. */
    public static Platform start(
            Infrastructure infrastructure, int replicas, List<String> jvmOptions, Map<String, String> environment) {
        Platform platform = new Platform(infrastructure, replicas, jvmOptions, environment);
        try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> started = new ArrayList<>();
            for (String label : platform.labels()) {
                started.add(starting.submit(() -> platform.launch(label)));
            }
            for (Future<?> future : started) {
                future.get();
            }
        } catch (Exception e) {
            platform.close();
            throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
        }
        return platform;
    }

    /** Every process label, content, profile and lobby first. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(List.of("content", "profile", "lobby"));
        for (String service : REPLICATED) {
            IntStream.range(0, replicas).forEach(i -> labels.add(service + "-" + (char) ('a' + i)));
        }
        return labels;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public ServiceProcess process(String label) {
        return processes.get(label);
    }

    public String url(String label) {
        return "http://127.0.0.1:" + ports.get(label);
    }

    /** The gateways' HTTP bases, in label order; their ports survive a restart. */
    public List<URI> gateways() {
        return labels().stream()
                .filter(label -> label.startsWith("gateway-"))
                .map(label -> URI.create(url(label)))
                .toList();
    }

    /** The label of the match process whose instance id is {@code instanceId}. */
    public String matchLabel(String instanceId) {
        return instanceIds.entrySet().stream()
                .filter(entry -> entry.getValue().equals(instanceId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no match process has instance id " + instanceId));
    }

    /** SIGKILL, as a node dies: no shutdown hook, no lease release, stream entries left pending. */
    public void kill(String label) {
        processes.get(label).kill();
    }

    /** Starts {@code label} again on its port (a match instance comes back under a new instance id). */
    public void restart(String label) {
        ServiceProcess old = processes.get(label);
        if (old != null && old.alive()) {
            old.kill();
        }
        launch(label);
    }

    /** Resident memory (kB) and CPU time (clock ticks, user + system) of each live process, from /proc. */
    public Map<String, ProcessUsage> usage() {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        for (String label : labels()) {
            ServiceProcess process = processes.get(label);
            if (process != null && process.alive()) {
                usage.put(label, ProcessUsage.of(process.pid()));
            }
        }
        return usage;
    }

    /** Imports {@code count} distinct four-choice questions of category {@code category} into content's bank. */
    public void seedQuestions(String category, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            if (i > 1) {
                body.append(',');
            }
            // The category is in the text: content refuses a text it holds in any category as a duplicate.
            body.append("{\"text\":\"E2E question number ")
                    .append(i)
                    .append(" of ")
                    .append(category)
                    .append(": which letter is the answer?\",\"choices\":[\"A\",\"B\",\"C\",\"D\"],\"answer\":\"")
                    .append("ABCD".charAt(i % 4))
                    .append("\",\"category\":\"")
                    .append(category)
                    .append("\",\"difficulty\":")
                    .append(1 + i % 5)
                    .append(",\"language\":\"en\"}");
        }
        body.append(']');
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url("content") + "/questions/import"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + editorToken())
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 || !response.body().contains("\"imported\":" + count)) {
                throw new IllegalStateException(
                        "content did not import the questions: " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("content is not reachable to seed questions", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A short-lived editor token, signed with the run's service key as scripts/token does. */
    public String editorToken() {
        return tokens.staff(Roles.EDITOR, "e2e-editor");
    }

    /** Signs any role's token with the run's keys. */
    public Tokens tokens() {
        return tokens;
    }

    private void launch(String label) {
        String service = label.contains("-") ? label.substring(0, label.indexOf('-')) : label;
        int generation = generations.merge(label, 1, Integer::sum);
        List<String> options = new ArrayList<>(jvmOptions);
        Map<String, String> env = new HashMap<>(Map.of(
                "BUZZLINE_REDIS_KEY_PREFIX", infrastructure.keyPrefix(),
                "BUZZLINE_CONTENT_URL", url("content"),
                "BUZZLINE_LOBBY_URL", url("lobby"),
                "BUZZLINE_PROFILE_URL", url("profile"),
                "BUZZLINE_TOKEN_PRIVATE_KEY", infrastructure.privateKey(),
                "BUZZLINE_SERVICE_PRIVATE_KEY", infrastructure.servicePrivateKey(),
                "BUZZLINE_TOKEN_PUBLIC_KEY", infrastructure.publicKey()));
        env.putAll(infrastructure.redisEnvironment());
        env.putAll(environment);
        switch (service) {
            case "content" -> {
                env.put("FIRESTORE_EMULATOR_HOST", infrastructure.firestoreHost());
                env.put("GOOGLE_CLOUD_PROJECT", infrastructure.firestoreProject());
                options.addAll(List.of(infrastructure.schemaOptions("content")));
            }
            case "profile" -> {
                // The same project as content, as the manifests give both: their collections do not meet.
                env.put("FIRESTORE_EMULATOR_HOST", infrastructure.firestoreHost());
                env.put("GOOGLE_CLOUD_PROJECT", infrastructure.firestoreProject());
            }
            case "scoring" -> {
                options.addAll(List.of(infrastructure.schemaOptions("scoring")));
                // A killed instance's pending entries are claimed after this idle time (10 s by default);
                // shorter keeps the chaos tests bounded. Games here are small, so no entry waits that long.
                options.add("-Dmp.messaging.incoming.match-events.claim-min-idle-ms=3000");
                options.add("-Dmp.messaging.incoming.match-events.claim-interval-ms=1000");
            }
            case "match" -> {
                String instanceId = generation == 1 ? label : label + "." + generation;
                instanceIds.put(label, instanceId);
                env.put("BUZZLINE_MATCH_INSTANCE_ID", instanceId);
            }
            case "gateway" -> {
                env.put("BUZZLINE_GATEWAY_INSTANCE_ID", label);
                // The documented-contract suite signs in hundreds of times a minute from one address, far past the
                // edge's per-address limit (10 a minute; the gateway's SignInThrottleTest holds it).
                env.put("BUZZLINE_SIGN_INS_PER_MINUTE", "100000");
            }
            default -> {}
        }
        processes.put(
                label,
                ServiceProcess.service(service)
                        .label(label)
                        .jar(packaged.jar(service))
                        .port(ports.get(label))
                        .env(env)
                        .jvmOptions(options.toArray(String[]::new))
                        .readyTimeout(Duration.ofSeconds(180))
                        .start());
    }

    @Override
    public void close() {
        processes.values().parallelStream().forEach(process -> process.stop(Duration.ofSeconds(5)));
    }
}

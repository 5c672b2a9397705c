package io.buzzline.e2e.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

import io.buzzline.e2e.contract.ContractCase.Target;
import io.buzzline.e2e.contract.Sender.Answer;
import io.buzzline.e2e.support.Platform;
import io.buzzline.e2e.support.RunningPlatform;
import io.buzzline.security.Roles;
import io.buzzline.testing.contract.DocumentedOperation;
import io.buzzline.testing.contract.OpenApiDocument;

/**
 * One run of the documented contract on the run's platform: the documents every service serves, the
 * requests generated from them, the checks of each answer ({@link Oracle}) and, at the end, of the lists
 * creates go into ({@link SideEffects}) and of valid requests being accepted. Shared by the property's
 * provider, tries and after-hook (jqwik has no Jupiter extensions: the platform is
 * {@link RunningPlatform#shared()}).
 */
public final class ContractSuite {

    /** Each service's processes; the document is read from the first, requests go to any. */
    private static final Map<String, List<String>> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("content", List.of("content"));
        SERVICES.put("gateway", List.of("gateway-a", "gateway-b"));
        SERVICES.put("lobby", List.of("lobby"));
        SERVICES.put("match", List.of("match-a", "match-b"));
        SERVICES.put("scoring", List.of("scoring-a", "scoring-b"));
        SERVICES.put("profile", List.of("profile"));
    }

    /**
     * Operations no request built from the documents alone can make succeed, and what their success needs:
     * the suite checks every answer they give, but does not require a 2xx of them.
     */
    private static final Map<String, String> NEED_STATE = Map.of(
            "profile POST /sessions", "an account's address and its password",
            "profile POST /shop/purchases", "an item on sale and coins, which only a finished game grants");

    private static final int REPORTED_DEVIATIONS = 50;
    /**
     * {@code -Dbuzzline.contract.all-deviations=true}: go on past a deviation and fail after the run, with
     * every deviation in the report (up to 50), instead of stopping at the first and shrinking it.
     */
    private static final boolean ALL_DEVIATIONS = Boolean.getBoolean("buzzline.contract.all-deviations");

    private static ContractSuite shared;
    /** Whether the category's questions are in the bank: once per run, however many suites it starts. */
    private static boolean seeded;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<OperationCases> operations = new ArrayList<>();
    private final Map<String, OpenApiDocument> documents = new LinkedHashMap<>();
    private final Platform platform;
    private final Set<String> acceptable = new TreeSet<>();
    private final Ledger ledger = new Ledger();
    private final Sender sender;
    private final SideEffects sideEffects;
    private final SideEffects.Snapshot before;
    private final Arbitrary<ContractCase> cases;
    private int deviating;

    private ContractSuite(Platform platform) {
        this.platform = platform;
        // The suite's games and questions come from a category of their own, never the other tests' one.
        if (!seeded) {
            platform.seedQuestions(Realistic.CATEGORY, 30);
            seeded = true;
        }
        List<String> gateways =
                platform.labels().stream().filter(l -> l.startsWith("gateway-")).toList();
        for (Map.Entry<String, List<String>> service : SERVICES.entrySet()) {
            OpenApiDocument document =
                    OpenApiDocument.of(read(platform.url(service.getValue().getFirst())));
            documents.put(service.getKey(), document);
            List<Target> direct = service.getValue().stream()
                    .map(label -> new Target(label, URI.create(platform.url(label)), "", false))
                    .toList();
            List<Target> edge = new ArrayList<>();
            for (String server : document.servers()) {
                String prefix = URI.create(server).getPath();
                if (!prefix.isEmpty()) {
                    gateways.forEach(label ->
                            edge.add(new Target(label + " edge", URI.create(platform.url(label)), prefix, true)));
                }
            }
            Parts parts = new Parts(document);
            for (DocumentedOperation operation : document.operations()) {
                operations.add(new OperationCases(service.getKey(), operation, parts, direct, edge));
                // A valid request can succeed unless a path id names nothing or an If-Match must be current.
                boolean canSucceed = operation.parameters("path").isEmpty()
                        && operation.parameters("header").stream()
                                .noneMatch(p -> p.name().equalsIgnoreCase("If-Match"))
                        && !NEED_STATE.containsKey(Ledger.key(service.getKey(), operation.name()));
                if (canSucceed) {
                    acceptable.add(Ledger.key(service.getKey(), operation.name()));
                }
            }
            RunningPlatform.report("contract: " + service.getKey() + " serves "
                    + document.operations().size() + " operations"
                    + (edge.isEmpty()
                            ? ""
                            : ", at the edge under " + edge.getFirst().prefix()));
        }
        this.sender = new Sender(platform.tokens());
        this.sideEffects =
                new SideEffects(http, platform.url("content"), platform.url("lobby"), platform.editorToken());
        this.before = sideEffects.take();
        // Every operation as often. Not Arbitraries.oneOf: its edge cases would be the first operations'
        // combinations over and over; each operation's own generators still mix in its schemas' edge cases.
        List<Arbitrary<ContractCase>> each =
                operations.stream().map(OperationCases::cases).toList();
        this.cases = Arbitraries.integers()
                .between(0, each.size() - 1)
                .withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases()
                .flatMap(each::get);
    }

    /** The run's suite, started on first use. */
    public static synchronized ContractSuite shared() {
        if (shared == null) {
            shared = new ContractSuite(RunningPlatform.shared().platform());
        }
        return shared;
    }

    /** Ends the run's suite: what failed the checks after the run (empty: nothing), the summary reported. */
    public static synchronized List<String> finish() {
        if (shared == null) {
            return List.of();
        }
        try {
            return shared.end();
        } finally {
            shared = null;
        }
    }

    /** Every operation of every document, each as often: its requests, valid and broken. */
    public Arbitrary<ContractCase> cases() {
        return cases;
    }

    /** Sends {@code request} and fails with every way its answer breaks the documents. */
    public void check(ContractCase request) {
        long started = System.nanoTime();
        Answer answer = sender.send(request);
        ledger.record(request, answer, System.nanoTime() - started);
        sideEffects.accepted(request, answer);
        List<String> deviations = Oracle.deviations(request, answer);
        if (!deviations.isEmpty()) {
            String body = answer.body() == null ? "" : answer.body();
            String message = request + "\n  answered " + answer.status() + " " + answer.contentType() + ": "
                    + (body.length() > 800 ? body.substring(0, 800) + "…" : body) + "\n  - "
                    + String.join("\n  - ", deviations);
            // Stopping at the first, jqwik tries smaller requests that fail alike: only the first is reported
            // here, jqwik's report shows the smallest.
            if (deviating++ < (ALL_DEVIATIONS ? REPORTED_DEVIATIONS : 1)) {
                RunningPlatform.report("contract deviation: " + message);
            }
            if (!ALL_DEVIATIONS) {
                throw new AssertionError(message);
            }
        }
    }

    /**
     * Sends every finding of issue 18 ({@link Findings}) and returns how each answer breaks what the documents
     * promise (empty: none); reports each finding with its answer.
     */
    public List<String> checkFindings() {
        List<String> failures = new ArrayList<>();
        for (Findings.Finding finding : Findings.all()) {
            String prefix = finding.edge() && finding.service() != null ? "/api/" + finding.service() : "";
            String label = finding.edge()
                    ? "gateway-a"
                    : SERVICES.get(finding.service()).getFirst();
            URI uri = URI.create(platform.url(label) + prefix + finding.path());
            ContractCase.Caller caller = finding.editor()
                    ? new ContractCase.Caller(Roles.EDITOR, null, null, ContractCase.Access.ADMITTED)
                    : new ContractCase.Caller(null, null, null, ContractCase.Access.OPEN);
            Answer answer = sender.send(
                    finding.method(), uri, finding.headers(), finding.contentType(), finding.body(), caller);
            Optional<DocumentedOperation> operation = operation(finding);
            operation.ifPresent(o -> sideEffects.accepted(Ledger.key(finding.service(), o.name()), answer));
            List<String> deviations = FindingOracle.deviations(finding, answer, operation, uri, documents);
            RunningPlatform.report("contract finding " + (deviations.isEmpty() ? "ok" : "DEVIATES") + ": " + finding
                    + " → " + answer.status() + (deviations.isEmpty() ? "" : " " + deviations));
            if (!deviations.isEmpty()) {
                String body = answer.body() == null ? "" : answer.body();
                failures.add(finding + "\n  answered " + answer.status() + " " + answer.contentType() + ": "
                        + (body.length() > 400 ? body.substring(0, 400) + "…" : body) + "\n  - "
                        + String.join("\n  - ", deviations));
            }
        }
        return failures;
    }

    /** The documented operation a finding's request is to, if any: its method and its path template. */
    private Optional<DocumentedOperation> operation(Findings.Finding finding) {
        if (finding.service() == null) {
            return Optional.empty();
        }
        String path = finding.path().replaceFirst("\\?.*", "");
        return documents.get(finding.service()).operations().stream()
                .filter(o -> o.method().equalsIgnoreCase(finding.method()))
                .filter(o -> path.matches(o.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst();
    }

    private List<String> end() {
        List<String> failures = new ArrayList<>(sideEffects.compare(before, sideEffects.take()));
        if (ALL_DEVIATIONS && deviating > 0) {
            failures.add(deviating + " requests got answers their documents do not promise (see the report)");
        }
        if (ledger.cases() > 0) {
            ledger.summary().forEach(line -> RunningPlatform.report("contract: " + line));
        }
        RunningPlatform.report("contract: accepted creates " + sideEffects.created());
        // Too few cases cannot be expected to reach every operation with a valid request.
        if (ledger.cases() >= 50 * operations.size()) {
            Set<String> never = ledger.neverAccepted(acceptable);
            if (!never.isEmpty()) {
                failures.add("no valid request was accepted (2xx) by " + never);
            }
            if (ledger.operations().size() < operations.size()) {
                failures.add(
                        "only " + ledger.operations().size() + " of " + operations.size() + " operations got cases");
            }
        }
        sender.close();
        http.close();
        failures.forEach(failure -> RunningPlatform.report("contract deviation after the run: " + failure));
        return failures;
    }

    private String read(String serviceUrl) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(serviceUrl + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(serviceUrl + "/q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(serviceUrl + "/q/openapi is not readable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

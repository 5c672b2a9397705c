package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.buzzline.e2e.contract.ContractCase.Access;
import io.buzzline.e2e.contract.Sender.Answer;

/** What the run sent and got, per service and operation, for the report and the checks after the run. */
final class Ledger {

    /** The counts of one operation: cases, through the edge, broken, and answers by status. */
    private static final class Tally {
        int cases;
        int edge;
        int faults;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<Integer, Integer> validStatuses = new TreeMap<>();
        String refusedValid;
    }

    private final Map<String, Tally> tallies = new TreeMap<>();
    private int cases;
    private long nanos;

    synchronized void record(ContractCase request, Answer answer, long elapsedNanos) {
        Tally tally = tallies.computeIfAbsent(
                key(request.service(), request.operation().name()), k -> new Tally());
        tally.cases++;
        tally.edge += request.target().edge() ? 1 : 0;
        tally.faults += request.fault().isPresent() ? 1 : 0;
        tally.statuses.merge(answer.status(), 1, Integer::sum);
        boolean admitted =
                request.caller().access() == Access.ADMITTED || request.caller().access() == Access.OPEN;
        if (request.fault().isEmpty() && admitted) {
            tally.validStatuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 400 && tally.refusedValid == null) {
                tally.refusedValid = request + " → " + answer.body();
            }
        }
        cases++;
        nanos += elapsedNanos;
    }

    synchronized int cases() {
        return cases;
    }

    /** Operations (service and name) that no valid request of an admitted caller got a 2xx from. */
    synchronized Set<String> neverAccepted(Set<String> operations) {
        Set<String> never = new TreeSet<>();
        for (String operation : operations) {
            Tally tally = tallies.get(operation);
            if (tally == null || tally.validStatuses.keySet().stream().noneMatch(status -> status / 100 == 2)) {
                never.add(operation);
            }
        }
        return never;
    }

    synchronized Set<String> operations() {
        return Set.copyOf(tallies.keySet());
    }

    /** One line per service, then one per operation: cases, edge share, broken share, statuses. */
    synchronized List<String> summary() {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> perService = new TreeMap<>();
        tallies.forEach(
                (key, tally) -> perService.merge(key.substring(0, key.indexOf(' ')), tally.cases, Integer::sum));
        lines.add(cases + " cases, " + tallies.size() + " operations, " + (cases == 0 ? 0 : nanos / cases / 1_000)
                + " µs per request on average; per service " + perService);
        tallies.forEach((key, tally) -> lines.add(key + ": " + tally.cases + " (" + tally.edge + " through the edge, "
                + tally.faults + " broken) → " + histogram(tally.statuses) + "; valid and admitted → "
                + histogram(tally.validStatuses)));
        // A valid request's 400 is documented, but says the schema leaves out a rule: one example each.
        tallies.forEach((key, tally) -> {
            if (tally.refusedValid != null) {
                lines.add(key + ": a request its schema admits, refused by a rule it does not state: "
                        + tally.refusedValid);
            }
        });
        return lines;
    }

    static String key(String service, String operation) {
        return service + " " + operation;
    }

    private static String histogram(Map<Integer, Integer> statuses) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> text.append(text.isEmpty() ? "" : " ")
                .append(status)
                .append('×')
                .append(count));
        return text.isEmpty() ? "none" : text.toString();
    }
}

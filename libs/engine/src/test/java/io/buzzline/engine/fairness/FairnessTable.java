package io.buzzline.engine.fairness;

import java.util.List;
import java.util.Locale;

/** The README's table: one row per model, win % of the truly fastest at each lead, engine beside arrival. */
public final class FairnessTable {

    static final long[] LEADS = {10, 30, 50, 100};

    private FairnessTable() {}

    public record Row(Scenario scenario, Tally tally) {}

    public static String format(List<Row> rows) {
        var out = new StringBuilder();
        out.append("| model | races | engine ≥ 10 / 30 / 50 / 100 ms | arrival ≥ 10 / 30 / 50 / 100 ms"
                + " | 99 % needs (engine / arrival) | largest lead lost | cheater gain"
                + " | proposal ≥ 30 ms / 99 % needs |\n");
        out.append("|---|---:|---|---|---|---:|---:|---|\n");
        for (Row row : rows) {
            Tally t = row.tally();
            out.append("| ").append(row.scenario().name());
            out.append(" | ").append(String.format(Locale.ROOT, "%,d", t.races()));
            out.append(" | ").append(percentages(t, true));
            out.append(" | ").append(percentages(t, false));
            out.append(" | ")
                    .append(lead(t.leadFor99(RaceRecord::engineRight)))
                    .append(" / ")
                    .append(lead(t.leadFor99(RaceRecord::arrivalRight)));
            out.append(" | ").append(t.largestLeadLost()).append(" ms");
            out.append(" | ").append(row.scenario().hasCheater() ? t.medianCheaterGain() + " ms" : "–");
            out.append(" | ")
                    .append(percent(t.proposalWins(30)))
                    .append(" / ")
                    .append(lead(t.leadFor99(RaceRecord::proposalRight)));
            out.append(" |\n");
        }
        long disagreements =
                rows.stream().mapToLong(r -> r.tally().referenceDisagreements()).sum();
        out.append("\nEngine vs the documented rule computed independently: ")
                .append(disagreements)
                .append(" differences.\n");
        return out.toString();
    }

    private static String percentages(Tally t, boolean engine) {
        var parts = new StringBuilder();
        for (long lead : LEADS) {
            if (!parts.isEmpty()) {
                parts.append(" / ");
            }
            parts.append(percent(engine ? t.engineWins(lead) : t.arrivalWins(lead)));
        }
        return parts.toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    private static String lead(long millis) {
        return millis < 0 ? "never" : millis + " ms";
    }
}

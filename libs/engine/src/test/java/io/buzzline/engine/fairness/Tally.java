package io.buzzline.engine.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** All the races of one model, and the figures the README reports from them. */
public final class Tally {

    private final List<RaceRecord> races = new ArrayList<>();

    void add(RaceRecord race) {
        races.add(race);
    }

    public int races() {
        return races.size();
    }

    /** Races whose fastest reaction leads by at least {@code minLead}. */
    public long decided(long minLead) {
        return races.stream().filter(r -> r.leadMillis() >= minLead).count();
    }

    /** Share of the races led by ≥ {@code minLead} in which the truly fastest won under the engine. */
    public double engineWins(long minLead) {
        return share(minLead, RaceRecord::engineRight);
    }

    public double arrivalWins(long minLead) {
        return share(minLead, RaceRecord::arrivalRight);
    }

    public double proposalWins(long minLead) {
        return share(minLead, RaceRecord::proposalRight);
    }

    public long referenceDisagreements() {
        return races.stream().filter(RaceRecord::referenceDisagrees).count();
    }

    /** The largest reaction lead with which the truly fastest still lost the engine's verdict (0: none lost). */
    public long largestLeadLost() {
        return races.stream()
                .filter(r -> !r.engineRight())
                .mapToLong(RaceRecord::leadMillis)
                .max()
                .orElse(0);
    }

    public long leadFor99(Predicate<RaceRecord> right) {
        return leadFor(0.99, right);
    }

    /**
     * The smallest lead L such that, of the races led by ≥ L, the fastest won at least {@code target} of
     * them; -1 if no lead reaches it.
     */
    public long leadFor(double target, Predicate<RaceRecord> right) {
        List<RaceRecord> byLeadDesc = races.stream()
                .sorted(Comparator.comparingLong(RaceRecord::leadMillis).reversed())
                .toList();
        long answer = -1;
        int seen = 0;
        int won = 0;
        for (int i = 0; i < byLeadDesc.size(); i++) {
            RaceRecord r = byLeadDesc.get(i);
            seen++;
            won += right.test(r) ? 1 : 0;
            boolean lastOfItsLead =
                    i + 1 == byLeadDesc.size() || byLeadDesc.get(i + 1).leadMillis() != r.leadMillis();
            if (lastOfItsLead && won >= target * seen) {
                answer = r.leadMillis();
            }
        }
        return answer;
    }

    /** Median credit a cheater gained, in ms of ranking key (0 without a cheater). */
    public long medianCheaterGain() {
        long[] gains =
                races.stream().mapToLong(RaceRecord::cheaterGainMillis).sorted().toArray();
        return gains.length == 0 ? 0 : gains[gains.length / 2];
    }

    private double share(long minLead, Predicate<RaceRecord> right) {
        long decided = 0;
        long won = 0;
        for (RaceRecord r : races) {
            if (r.leadMillis() >= minLead) {
                decided++;
                won += right.test(r) ? 1 : 0;
            }
        }
        return decided == 0 ? Double.NaN : (double) won / decided;
    }
}

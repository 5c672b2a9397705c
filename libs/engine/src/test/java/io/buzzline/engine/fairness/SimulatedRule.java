package io.buzzline.engine.fairness;

import java.util.Comparator;
import java.util.List;

/**
 * The buzzer rule computed directly from a race's contenders, without the engine, in two uses:
 *
 * <ul>
 *   <li>{@link #DOCUMENTED}: the README's rule, written again from its text, to check that the engine
 *       applies exactly that rule (the suite counts disagreements, and expects none);
 *   <li>{@link #PROPOSAL}: <b>not the engine's rule</b> — what issue 24 proposes, simulated here only:
 *       the gateway stamps when it wrote the question to each socket (so fan-out spread is measured, not
 *       guessed), and the round-trip credit is bounded by a transport round trip a client cannot inflate
 *       without delaying its buzz (the kernel's TCP RTT; modelled as the honest ping median).
 * </ul>
 *
 * <p>Ties of the ranking key and receive time are left undecided (the engine breaks them with a hash the
 * documented rule does not spell out): such races are not compared.
 */
public record SimulatedRule(
        String name, long capMillis, long windowMillis, boolean deliveryStamped, boolean transportBound) {

    /** The engine's rule since issue 24's delivery stamps: ranked from when the gateway wrote the question. */
    public static final SimulatedRule DOCUMENTED = new SimulatedRule("documented rule", 150, 300, true, false);

    public static final SimulatedRule PROPOSAL = new SimulatedRule("proposal (not the engine's)", 150, 300, true, true);

    /** The rule before delivery stamps: every player taken to have been sent the question when it opened. */
    public static final SimulatedRule UNSTAMPED =
            new SimulatedRule("rule before delivery stamps", 150, 300, false, false);

    /**
     * Variants the README weighs, none of them the engine's: a larger cap alone (more credit for slow
     * paths, more for cheaters, a longer window), the proposal with a larger cap or a longer window, and
     * the rule as it was before the gateway stamped deliveries.
     */
    public static final List<SimulatedRule> VARIANTS = List.of(
            DOCUMENTED,
            new SimulatedRule("cap 200 ms, window 400 ms", 200, 400, true, false),
            PROPOSAL,
            new SimulatedRule("proposal, cap 200 ms, window 400 ms", 200, 400, true, true),
            new SimulatedRule("proposal, window 500 ms", 150, 500, true, true),
            UNSTAMPED);

    /** The verdict: a winner, no winner (nothing accepted), or undecided (a tie the rule's text leaves open). */
    public sealed interface Verdict {}

    public record Winner(String playerId) implements Verdict {}

    public record NoWinner() implements Verdict {}

    public record Undecided() implements Verdict {}

    /** The question time limit of {@link EngineRace}'s game. */
    static final long QUESTION_TIME_LIMIT_MILLIS = 20_000;

    private record Ranked(Contender contender, long key, long receivedAt) {}

    public Verdict verdict(List<Contender> contenders) {
        List<Contender> byArrival = contenders.stream()
                .sorted(Comparator.comparingLong(Contender::arrivalMillis))
                .toList();
        Long windowOpenedAt = null;
        Ranked best = null;
        boolean tied = false;
        for (Contender c : byArrival) {
            long r = c.arrivalMillis();
            long e = oneWay(c);
            long shownAt = (deliveryStamped ? c.fanOutMillis() : 0) + e;
            if (r - e < shownAt) {
                continue; // too early: pressed before the question is estimated to have been shown
            }
            if (windowOpenedAt == null && r > QUESTION_TIME_LIMIT_MILLIS) {
                continue; // after the question's deadline
            }
            if (windowOpenedAt != null && r > windowOpenedAt + windowMillis) {
                continue; // window closed
            }
            if (windowOpenedAt == null) {
                windowOpenedAt = r;
            }
            var ranked = new Ranked(c, r - 2 * e - (deliveryStamped ? c.fanOutMillis() : 0), r);
            int order = best == null ? -1 : compare(ranked, best);
            if (order < 0) {
                best = ranked;
                tied = false;
            } else if (order == 0) {
                tied = true;
            }
        }
        if (best == null) {
            return new NoWinner();
        }
        return tied ? new Undecided() : new Winner(best.contender().playerId());
    }

    private long oneWay(Contender c) {
        long rtt = transportBound ? Math.min(c.measuredRttMillis(), c.honestRttMillis()) : c.measuredRttMillis();
        return Math.min(rtt / 2, capMillis);
    }

    private static int compare(Ranked a, Ranked b) {
        int byKey = Long.compare(a.key(), b.key());
        return byKey != 0 ? byKey : Long.compare(a.receivedAt(), b.receivedAt());
    }
}

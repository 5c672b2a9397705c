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
        String name,
        long capMillis,
        long windowMillis,
        boolean deliveryStamped,
        boolean transportBound,
        long clientReactionSlackMillis) {

    /** No client-reported reaction: ranked by the server's estimate alone, as the engine does. */
    public SimulatedRule(
            String name, long capMillis, long windowMillis, boolean deliveryStamped, boolean transportBound) {
        this(name, capMillis, windowMillis, deliveryStamped, transportBound, -1);
    }

    /**
     * <b>Not the engine's rule</b>, and no client sends it: the client reports its reaction (its own clock, from
     * the question frame's arrival to the press), and the server believes it only as far as its own
     * observation allows. From the question's write {@code w} to the buzz's arrival {@code r} lie the trip
     * down, the reaction and the trip up, so the ranking key is the reported reaction, at least {@code r − w −
     * bound} with {@code bound = min(measured round trip + slack, 2 × cap)} and at most {@code r − w}. An honest
     * client is ranked by its true reaction (plus its display delay) unless its two trips took longer than the
     * bound; a client that reports 0 gets {@code r − w − bound}: the whole bound, as with the documented rule.
     */
    public static SimulatedRule clientReaction(String name, long capMillis, long slackMillis, long windowMillis) {
        return new SimulatedRule(name, capMillis, windowMillis, true, false, slackMillis);
    }

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
            UNSTAMPED,
            clientReaction("client-reported reaction, bound RTT + 20 ms", 150, 20, 300),
            clientReaction("client-reported reaction, bound RTT + 50 ms", 150, 50, 300),
            clientReaction("client-reported reaction, bound RTT + 20 ms, window 500 ms", 150, 20, 500),
            clientReaction("client-reported reaction, bound RTT + 20 ms, cap 250 ms, window 500 ms", 250, 20, 500),
            new SimulatedRule("the same, RTT bounded by the transport's (needs TCP_INFO)", 250, 500, true, true, 20));

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
            if (clientReactionSlackMillis < 0 && r - e < shownAt) {
                continue; // too early: pressed before the question is estimated to have been shown
                // (a reported reaction is clamped into what the server saw instead: see clientReaction)
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
            var ranked = new Ranked(c, key(c, r, e), r);
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

    private long key(Contender c, long r, long e) {
        long written = deliveryStamped ? c.fanOutMillis() : 0;
        if (clientReactionSlackMillis < 0) {
            return r - 2 * e - written;
        }
        long elapsed = r - written;
        long rtt = transportBound ? Math.min(c.measuredRttMillis(), c.honestRttMillis()) : c.measuredRttMillis();
        long bound = Math.min(rtt + clientReactionSlackMillis, 2 * capMillis);
        return Math.max(Math.min(c.reportedReactionMillis(), elapsed), elapsed - bound);
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

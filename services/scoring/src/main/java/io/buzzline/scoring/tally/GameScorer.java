package io.buzzline.scoring.tally;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;
import io.buzzline.scoring.config.ScoringConfig;

/**
 * Applies each game event to the game's tally exactly once, in the game's order. Idempotent by
 * sequence: an event the tally already holds (a redelivery, a re-feed after a match takeover, two
 * instances racing) changes nothing. An event ahead of its game is parked in Redis rather than
 * retried: whoever applies its predecessor applies it next ({@link #parkedAfter}).
 */
@ApplicationScoped
public class GameScorer {

    private final EventCodec codec = new EventCodec();
    private final TallyStore tallies;
    private final Duration parkedRetention;

    public GameScorer(TallyStore tallies, ScoringConfig config) {
        this.tallies = tallies;
        this.parkedRetention = config.scoring().parkedRetention();
    }

    /** Applies {@code envelope} if it is its game's next event, else parks it. */
    public ScoreOutcome score(EventEnvelope envelope) {
        TallyChange change = TallyChange.of(envelope.event());
        return switch (tallies.apply(envelope.gameId(), envelope.sequence(), change)) {
            case APPLIED -> new ScoreOutcome.InTally(false);
            case APPLIED_WITH_PARKED, DUPLICATE -> new ScoreOutcome.InTally(true);
            // An earlier event of the game is missing: park this one behind it.
            case NOT_NEXT -> park(envelope, change);
        };
    }

    /**
     * Tallies a run of one game's events (in arrival order) in one script call: each is applied in its turn,
     * so a run of consecutive events costs one round trip; an event the tally holds already changes nothing,
     * and one that is not next (a gap before it) is parked, as {@link #score} would. Answers each event's
     * outcome, in the run's order.
     */
    public List<ScoreOutcome> scoreRun(List<EventEnvelope> run) {
        List<TallyChange> changes = new ArrayList<>(run.size());
        List<TallyStore.Sequenced> events = new ArrayList<>(run.size());
        for (EventEnvelope envelope : run) {
            TallyChange change = TallyChange.of(envelope.event());
            changes.add(change);
            events.add(new TallyStore.Sequenced(envelope.sequence(), change));
        }
        TallyStore.AppliedRun applied = tallies.applyRun(run.getFirst().gameId(), events);
        List<ScoreOutcome> outcomes = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            outcomes.add(
                    switch (applied.outcomes().get(i)) {
                        // Events parked when the run was in may be behind any event of the run (a parked one
                        // an instance applied and died before dropping is behind a redelivered one).
                        case APPLIED, APPLIED_WITH_PARKED, DUPLICATE -> new ScoreOutcome.InTally(applied.parked());
                        case NOT_NEXT -> park(run.get(i), changes.get(i));
                    });
        }
        return outcomes;
    }

    /** Parks {@code envelope}, which was not its game's next event, unless its turn came meanwhile. */
    private ScoreOutcome park(EventEnvelope envelope, TallyChange change) {
        String encoded = codec.encode(envelope);
        while (true) {
            switch (tallies.park(envelope.gameId(), envelope.sequence(), encoded, parkedRetention)) {
                case PARKED -> {
                    return new ScoreOutcome.Parked();
                }
                case ALREADY_APPLIED -> {
                    return new ScoreOutcome.InTally(true);
                }
                case NEXT -> {
                    // Its predecessor was applied between the apply and the park: apply it now.
                    switch (tallies.apply(envelope.gameId(), envelope.sequence(), change)) {
                        case APPLIED -> {
                            return new ScoreOutcome.InTally(false);
                        }
                        case APPLIED_WITH_PARKED, DUPLICATE -> {
                            return new ScoreOutcome.InTally(true);
                        }
                        case NOT_NEXT -> {
                            // Cannot follow a NEXT (the mark only grows), but the park is checked again anyway.
                        }
                    }
                }
            }
        }
    }

    /**
     * The parked event of the game with the lowest sequence above {@code envelope}'s. Not just the next
     * sequence: an instance that died while working through parked events dropped those it finished, and
     * the one it was on when it died may be several places further; handling it again is harmless.
     */
    public Optional<EventEnvelope> parkedAfter(EventEnvelope envelope) {
        return tallies.nextParked(envelope.gameId(), envelope.sequence()).map(codec::decode);
    }

    /** Forgets parked event {@code envelope} once it is applied and everything it asked for is done. */
    public void unpark(EventEnvelope envelope) {
        tallies.unpark(envelope.gameId(), envelope.sequence());
    }
}

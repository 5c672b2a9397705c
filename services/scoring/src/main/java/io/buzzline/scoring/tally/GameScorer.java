package io.buzzline.scoring.tally;

import java.time.Duration;
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
        while (true) {
            switch (tallies.apply(envelope.gameId(), envelope.sequence(), change)) {
                case APPLIED -> {
                    return new ScoreOutcome.InTally(false);
                }
                case APPLIED_WITH_PARKED, DUPLICATE -> {
                    return new ScoreOutcome.InTally(true);
                }
                case NOT_NEXT -> {
                    // An earlier event of the game is missing: park this one behind it.
                }
            }
            TallyStore.Parking parking =
                    tallies.park(envelope.gameId(), envelope.sequence(), codec.encode(envelope), parkedRetention);
            switch (parking) {
                case PARKED -> {
                    return new ScoreOutcome.Parked();
                }
                case ALREADY_APPLIED -> {
                    return new ScoreOutcome.InTally(true);
                }
                case NEXT -> {
                    // Its predecessor was applied between the apply and the park: apply it now.
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

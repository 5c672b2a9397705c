package io.buzzline.scoring.tally;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.json.EventCodec;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.rules.GameRules;
import io.buzzline.scoring.rules.RulesVersion;

/**
 * Applies each game event to the game's tally exactly once, in the game's order, and returns the
 * scores to send. Idempotent by event id ({@code gameId:sequence}): an event the tally already holds
 * returns the scores it produced then if they were not marked sent (the instance died in between);
 * match drops a score it logged already by command id. An event ahead of its game is parked in Redis
 * rather than retried: whoever applies its predecessor applies it next ({@link #parkedAfter}).
 */
@ApplicationScoped
public class GameScorer {

    private final EventCodec codec = new EventCodec();
    private final TallyStore tallies;
    private final RulesVersion rulesVersion;
    private final Duration parkedRetention;

    public GameScorer(TallyStore tallies, ScoringConfig config) {
        this.tallies = tallies;
        this.rulesVersion = config.scoring().rulesVersion();
        this.parkedRetention = config.scoring().parkedRetention();
    }

    /** Applies {@code envelope} if it is its game's next event, else parks it. */
    public ScoreOutcome score(EventEnvelope envelope) {
        while (true) {
            Optional<ScoreOutcome.InTally> applied = applyIfNext(envelope);
            if (applied.isPresent()) {
                return applied.get();
            }
            TallyStore.Parking parking =
                    tallies.park(envelope.gameId(), envelope.sequence(), codec.encode(envelope), parkedRetention);
            switch (parking) {
                case PARKED -> {
                    return new ScoreOutcome.Parked();
                }
                case ALREADY_APPLIED -> {
                    return alreadyApplied(envelope);
                }
                case NEXT -> {
                    // Its predecessor was applied between the read and the park: apply it now.
                }
            }
        }
    }

    /** {@code envelope} in the tally now, with its scores; empty if it is not the game's next event. */
    private Optional<ScoreOutcome.InTally> applyIfNext(EventEnvelope envelope) {
        String gameId = envelope.gameId();
        GameRules rules =
                envelope.event() instanceof GameCreated created ? GameRules.of(created.settings(), rulesVersion) : null;
        TallyView tally = TallyView.unread();
        Map<String, String> held = Map.of();
        if (ScoreCalculator.readsTally(envelope.event())) {
            held = envelope.event() instanceof AnswerRevealed ? tallies.heldAnswers(gameId) : Map.of();
            tally = tallies.read(gameId, ScoreCalculator.fieldsFor(envelope, held));
            if (tally.sequence() >= envelope.sequence()) {
                return Optional.of(alreadyApplied(envelope));
            }
            if (tally.sequence() != envelope.sequence() - 1) {
                return Optional.empty();
            }
        }
        TallyChange change = ScoreCalculator.change(envelope, tally, held);
        return switch (tallies.apply(gameId, envelope.eventId(), envelope.sequence(), change, rules)) {
            case APPLIED -> Optional.of(new ScoreOutcome.InTally(change.scores(), false));
            case APPLIED_WITH_PARKED -> Optional.of(new ScoreOutcome.InTally(change.scores(), true));
            case DUPLICATE -> Optional.of(alreadyApplied(envelope));
            case NOT_NEXT -> Optional.empty();
        };
    }

    /** An event applied before: its scores if they may not have been sent, and whatever is parked behind it. */
    private ScoreOutcome.InTally alreadyApplied(EventEnvelope envelope) {
        return new ScoreOutcome.InTally(tallies.outbox(envelope.gameId(), envelope.eventId()), true);
    }

    /**
     * The parked event of the game with the lowest sequence above {@code envelope}'s. Not just the next
     * sequence: an instance that died while working through parked events dropped those it finished, and
     * the one it was on when it died may be several places further; handling it again sends its scores.
     */
    public Optional<EventEnvelope> parkedAfter(EventEnvelope envelope) {
        return tallies.nextParked(envelope.gameId(), envelope.sequence()).map(codec::decode);
    }

    /** Forgets parked event {@code envelope} once it is applied and everything it asked for is done. */
    public void unpark(EventEnvelope envelope) {
        tallies.unpark(envelope.gameId(), envelope.sequence());
    }

    /** Records that the scores of {@code envelope} are on match's intake. */
    public void sent(EventEnvelope envelope) {
        tallies.sent(envelope.gameId(), envelope.eventId());
    }
}

package io.buzzline.scoring.tally;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.buzzline.commands.RecordScore;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.rules.GameRules;
import io.buzzline.scoring.rules.RulesVersion;

/**
 * Applies each game event to the game's tally exactly once, in the game's order, and returns the
 * scores to send. Idempotent by event id ({@code gameId:sequence}): an event the tally already holds
 * returns the scores it produced then if they were not marked sent (the instance died in between);
 * match drops a score it logged already by command id.
 */
@ApplicationScoped
public class GameScorer {

    private final TallyStore tallies;
    private final RulesVersion rulesVersion;

    public GameScorer(TallyStore tallies, ScoringConfig config) {
        this.tallies = tallies;
        this.rulesVersion = config.scoring().rulesVersion();
    }

    /** The scores event {@code envelope} gives, whether applied now or before. */
    public List<RecordScore> score(EventEnvelope envelope) {
        String gameId = envelope.gameId();
        GameRules rules =
                envelope.event() instanceof GameCreated created ? GameRules.of(created.settings(), rulesVersion) : null;
        TallyView tally = TallyView.unread();
        Map<String, String> held = Map.of();
        if (ScoreCalculator.readsTally(envelope.event())) {
            held = envelope.event() instanceof AnswerRevealed ? tallies.heldAnswers(gameId) : Map.of();
            tally = tallies.read(gameId, ScoreCalculator.fieldsFor(envelope, held));
            if (tally.isNew()) {
                return unknownGame(envelope);
            }
            if (tally.sequence() >= envelope.sequence()) {
                return tallies.outbox(gameId, envelope.eventId());
            }
        }
        TallyChange change = ScoreCalculator.change(envelope, tally, held);
        return switch (tallies.apply(gameId, envelope.eventId(), envelope.sequence(), change, rules)) {
            case APPLIED -> change.scores();
            case DUPLICATE -> tallies.outbox(gameId, envelope.eventId());
            case GAP -> throw new OutOfOrderException(envelope.eventId(), tally.sequence());
            case UNKNOWN_GAME -> unknownGame(envelope);
        };
    }

    private static List<RecordScore> unknownGame(EventEnvelope envelope) {
        // Its GAME_CREATED came before this consumer group existed, or the game ended and its tally expired.
        Log.debugf("skipping %s of game %s: no tally", envelope.type(), envelope.gameId());
        return List.of();
    }

    /** Records that the scores of {@code envelope} are on match's intake. */
    public void sent(EventEnvelope envelope) {
        tallies.sent(envelope.gameId(), envelope.eventId());
    }
}

package io.buzzline.engine;

import java.time.Instant;

import org.pcollections.PMap;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.rules.GameRules;
import io.buzzline.rules.RulesVersion;
import io.buzzline.rules.Streak;

/**
 * Folds one logged event into the state. It checks only what makes a log invalid (wrong game, a gap
 * in the sequence) and never re-judges a decision: a valid log always applies.
 */
final class EventApplier {

    private EventApplier() {}

    static GameState apply(GameState state, EventEnvelope envelope) {
        if (!state.gameId().equals(envelope.gameId())) {
            throw new IllegalStateException(
                    "event " + envelope.eventId() + " does not belong to game " + state.gameId());
        }
        if (envelope.sequence() != state.sequence() + 1) {
            throw new IllegalStateException("event " + envelope.eventId() + " does not follow sequence "
                    + state.sequence() + " (the log has a gap or a repeat)");
        }
        long seq = envelope.sequence();
        Instant at = envelope.serverTime();
        return switch (envelope.event()) {
            case GameCreated e ->
                state.withSetup(e.hostId(), e.settings(), rulesOf(e), null).next(seq, GamePhase.LOBBY);
            case QuestionsLoaded e ->
                state.withSetup(state.hostId(), state.settings(), state.rules(), e.pack())
                        .next(seq, state.phase());
            case PlayerJoined e -> joined(state, e, seq).next(seq, state.phase());
            case PlayerLeft e -> left(state, e).next(seq, state.phase());
            case RoundStarted e -> state.withPosition(e.round(), 0, null, null).next(seq, GamePhase.INTERMISSION);
            case QuestionShown e -> shown(state, e).next(seq, GamePhase.QUESTION_OPEN);
            case BuzzPressed e -> buzzed(state, e).next(seq, GamePhase.BUZZ_WINDOW);
            case BuzzerAwarded e ->
                state.withQuestion(state.question()
                                .withBuzzer(state.question().buzzer().awarded(e.playerId(), e.answerDueAt())))
                        .next(seq, GamePhase.BUZZ_ANSWERING);
            case AnswerSubmitted e ->
                state.withQuestion(state.question()
                                .withAnswer(new GivenAnswer(e.playerId(), seq, e.correct(), e.responseTimeMillis())))
                        .next(seq, state.phase());
            case BuzzerReopened e ->
                state.withQuestion(state.question()
                                .withBuzzer(state.question().buzzer().reopenedWithout(e.lockedOutPlayerId())))
                        .next(seq, GamePhase.QUESTION_OPEN);
            case AnswerRevealed e -> revealed(state, at).next(seq, GamePhase.INTERMISSION);
            case RoundEnded e -> state.next(seq, GamePhase.ROUND_OVER);
            case ScoreUpdated e -> scored(state, e, seq).next(seq, state.phase());
            case GameEnded e ->
                state.withPosition(state.round(), state.questionNumber(), state.question(), null)
                        .next(seq, GamePhase.ENDED);
        };
    }

    private static GameState joined(GameState state, PlayerJoined e, long seq) {
        Player known = state.players().get(e.playerId());
        Player player = known == null
                ? new Player(e.playerId(), e.nickname(), e.teamId(), Player.Status.ACTIVE, 0, seq, Streak.NONE)
                : known.rejoined(e.nickname(), e.teamId());
        int wasActive = known != null && known.active() ? 1 : 0;
        return state.withPlayers(state.players().plus(e.playerId(), player), state.activePlayers() + 1 - wasActive);
    }

    private static GameState left(GameState state, PlayerLeft e) {
        Player known = state.players().get(e.playerId());
        Player.Status status =
                switch (e.reason()) {
                    case LEFT -> Player.Status.LEFT;
                    case KICKED -> Player.Status.KICKED;
                };
        int wasActive = known.active() ? 1 : 0;
        return state.withPlayers(
                state.players().plus(e.playerId(), known.withStatus(status)), state.activePlayers() - wasActive);
    }

    private static GameState shown(GameState state, QuestionShown e) {
        var question = state.packQuestion(e.round(), e.questionNumber());
        if (!question.questionId().equals(e.questionId())) {
            throw new IllegalStateException("QUESTION_SHOWN " + e.questionId() + " is not question "
                    + e.questionNumber() + " of round " + e.round() + " in the pack");
        }
        var mode = state.settings().round(e.round()).mode();
        var inPlay = QuestionInPlay.shown(e.round(), e.questionNumber(), question, mode, e.opensAt(), e.closesAt());
        return state.withPosition(e.round(), e.questionNumber(), inPlay, null);
    }

    private static GameState buzzed(GameState state, BuzzPressed e) {
        QuestionInPlay q = state.question();
        BuzzerState buzzer = q.buzzer();
        // The window is anchored on the first accepted buzz of this opening.
        Instant closesAt = buzzer.windowClosesAt() != null
                ? buzzer.windowClosesAt()
                : e.receivedAt().plus(state.settings().buzzer().collectionWindow());
        return state.withQuestion(q.withBuzzer(buzzer.withBuzz(e, closesAt)));
    }

    private static GameState revealed(GameState state, Instant at) {
        Instant advanceAt =
                state.settings().autoAdvances() ? at.plus(state.settings().autoAdvanceDelay()) : null;
        return state.withPosition(state.round(), state.questionNumber(), state.question(), advanceAt);
    }

    /** The game's rules are frozen here, at its creation, by the version its settings call for. */
    private static GameRules rulesOf(GameCreated e) {
        return GameRules.of(e.settings(), RulesVersion.of(e.settings()));
    }

    /** Points are only ever logged for the question in play (its reveal, or a BUZZER verdict). */
    private static GameState scored(GameState state, ScoreUpdated e, long seq) {
        PMap<String, Player> players = state.players();
        Player player = players.get(e.playerId());
        QuestionInPlay q = state.question();
        var streak = new Streak(e.streak(), state.rules().ordinal(q.round(), q.number()));
        return state.withPlayers(
                players.plus(e.playerId(), player.scored(e.total(), seq, streak)), state.activePlayers());
    }
}

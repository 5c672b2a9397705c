package io.buzzline.engine;

import java.time.Instant;

import io.buzzline.commands.PressBuzz;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.RoundMode;

import static io.buzzline.engine.Decision.reject;

/**
 * The fair buzzer: accepting buzzes into the collection window, awarding the window to the best
 * buzz by {@link FairBuzzer#RANKING}, and reopening after a wrong or missing answer.
 */
final class BuzzerRules {

    private BuzzerRules() {}

    static Decision press(GameState state, PressBuzz command, Instant now) {
        Rejection refused = refusal(state, command);
        return refused != null
                ? reject(refused)
                : Emitter.single(state, now, pressed(state.question(), command, state));
    }

    /**
     * Why {@code command} is refused against {@code state}, or null if it is accepted: the rules of a buzz
     * without its event, so an edge can judge a buzz ({@link SettledRefusals}) at the cost of these checks.
     */
    static Rejection refusal(GameState state, PressBuzz command) {
        String playerId = command.playerId();
        if (!state.isActivePlayer(playerId)) {
            return Rejection.NOT_A_PLAYER;
        }
        if (!state.phase().questionOpen()) {
            return Rejection.NO_OPEN_QUESTION;
        }
        QuestionInPlay q = state.question();
        if (q.mode() != RoundMode.BUZZER) {
            return Rejection.NOT_A_BUZZER_ROUND;
        }
        if (!q.questionId().equals(command.questionId())) {
            return Rejection.WRONG_QUESTION;
        }
        BuzzerState buzzer = q.buzzer();
        if (buzzer.lockedOut().contains(playerId)) {
            return Rejection.LOCKED_OUT;
        }
        if (buzzer.buzzed().contains(playerId)) {
            return Rejection.DUPLICATE_BUZZ;
        }
        BuzzPressed buzz = pressed(q, command, state);
        if (buzz.estimatedSentAt()
                .isBefore(FairBuzzer.estimatedShownAt(
                        q.opensAt(), buzz.deliveryLagMillis(), buzz.oneWayEstimateMillis()))) {
            return Rejection.BUZZ_BEFORE_SHOWN;
        }
        if (state.phase() == GamePhase.BUZZ_ANSWERING
                || (state.phase() == GamePhase.BUZZ_WINDOW
                        && command.receivedAt().isAfter(buzzer.windowClosesAt()))) {
            return Rejection.WINDOW_CLOSED;
        }
        if (state.phase() == GamePhase.QUESTION_OPEN && command.receivedAt().isAfter(q.closesAt())) {
            return Rejection.AFTER_DEADLINE;
        }
        return null;
    }

    private static BuzzPressed pressed(QuestionInPlay q, PressBuzz command, GameState state) {
        long oneWay = FairBuzzer.oneWayEstimateMillis(
                command.roundTripMillis(), state.settings().buzzer().oneWayCap());
        long lag = FairBuzzer.deliveryLagMillis(q.opensAt(), command.shownAt());
        return new BuzzPressed(command.playerId(), q.questionId(), command.receivedAt(), oneWay, lag);
    }

    /** The collection window closed: its best buzz wins and has the round's answer time from now. */
    static Decision award(GameState state, Instant now) {
        QuestionInPlay q = state.question();
        var dueAt = now.plus(state.settings().round(q.round()).buzzAnswerTimeLimit());
        return Emitter.single(state, now, new BuzzerAwarded(q.buzzer().leader().playerId(), q.questionId(), dueAt));
    }

    /**
     * The winner lost the turn: lock them out and reopen; the question closes at once if nobody is
     * left to buzz or its time limit has already passed.
     */
    static Emitter reopen(GameState state, Emitter emitter, BuzzerReopened.Reason reason, Instant now) {
        QuestionInPlay q = state.question();
        String loser = q.buzzer().awardedTo();
        emitter.emit(new BuzzerReopened(loser, q.questionId(), reason));
        if (!anyoneLeftToBuzz(state, loser)) {
            return ProgressRules.reveal(state, emitter, AnswerRevealed.Reason.NO_ONE_LEFT);
        }
        if (!now.isBefore(q.closesAt())) {
            return ProgressRules.reveal(state, emitter, AnswerRevealed.Reason.TIME_UP);
        }
        return emitter;
    }

    private static boolean anyoneLeftToBuzz(GameState state, String newlyLockedOut) {
        int lockedOutActive = state.isActivePlayer(newlyLockedOut) ? 1 : 0;
        for (String playerId : state.question().buzzer().lockedOut()) {
            if (state.isActivePlayer(playerId)) {
                lockedOutActive++;
            }
        }
        return lockedOutActive < state.activePlayers();
    }
}

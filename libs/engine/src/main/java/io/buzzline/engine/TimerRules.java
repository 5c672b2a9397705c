package io.buzzline.engine;

import java.time.Instant;

import io.buzzline.commands.FireTimer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.BuzzerReopened;

import static io.buzzline.engine.Decision.reject;

/**
 * A timer fed back by the runtime takes effect only if it is the deadline the state holds right now
 * (same id, same due time) and that time has come; anything else is stale and changes nothing.
 */
final class TimerRules {

    private TimerRules() {}

    static Decision fire(GameState state, FireTimer command, Instant now) {
        var pending = state.pendingDeadline()
                .filter(d -> d.timerId().equals(command.timerId()) && d.dueAt().equals(command.dueAt()));
        if (pending.isEmpty()) {
            return reject(Rejection.TIMER_NOT_ARMED);
        }
        Deadline deadline = pending.get();
        if (now.isBefore(deadline.dueAt())) {
            return reject(Rejection.TIMER_NOT_DUE);
        }
        return switch (deadline.kind()) {
            case QUESTION_CLOSE ->
                ProgressRules.reveal(state, Emitter.after(state, now), AnswerRevealed.Reason.TIME_UP)
                        .accept();
            case BUZZ_WINDOW -> BuzzerRules.award(state, now);
            case BUZZ_ANSWER ->
                BuzzerRules.reopen(state, Emitter.after(state, now), BuzzerReopened.Reason.TIMED_OUT, now)
                        .accept();
            case ADVANCE -> ProgressRules.advance(state, now);
        };
    }
}

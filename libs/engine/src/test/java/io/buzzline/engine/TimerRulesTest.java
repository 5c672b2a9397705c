package io.buzzline.engine;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.FireTimer;
import io.buzzline.events.RoundMode;

import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

class TimerRulesTest {

    @Test
    void anOpenQuestionArmsItsCloseTimer() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);

        assertThat(game.state().pendingDeadline())
                .contains(new Deadline(
                        "close:q1", Deadline.Kind.QUESTION_CLOSE, game.now().plus(Games.TIME_LIMIT)));
    }

    @Test
    void theLobbyArmsNothing() {
        assertThat(Games.lobby(settings(RoundMode.CLASSIC), 1).state().pendingDeadline())
                .isEmpty();
    }

    @Test
    void aTimerIsNotAcceptedBeforeItIsDue() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        Deadline deadline = game.state().pendingDeadline().orElseThrow();

        assertThat(game.reject(new FireTimer(deadline.timerId(), deadline.dueAt())))
                .isEqualTo(Rejection.TIMER_NOT_DUE);
    }

    @Test
    void aTimerFiredTwiceTakesEffectOnce() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        Deadline deadline = game.state().pendingDeadline().orElseThrow();
        game.fireDeadline();

        assertThat(game.reject(new FireTimer(deadline.timerId(), deadline.dueAt())))
                .isEqualTo(Rejection.TIMER_NOT_ARMED);
    }

    @Test
    void aTimerWithAnotherDueTimeIsStale() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        Deadline deadline = game.state().pendingDeadline().orElseThrow();
        game.advance(Games.TIME_LIMIT);

        assertThat(game.reject(
                        new FireTimer(deadline.timerId(), deadline.dueAt().minusMillis(1))))
                .isEqualTo(Rejection.TIMER_NOT_ARMED);
    }
}

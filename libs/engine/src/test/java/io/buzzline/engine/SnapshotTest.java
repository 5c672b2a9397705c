package io.buzzline.engine;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.RoundMode;
import io.buzzline.rules.Streak;

import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTest {

    private static Games midBuzzerWindow() {
        Games game = Games.started(settings(RoundMode.CLASSIC, RoundMode.BUZZER), 3);
        game.advanceMillis(5_000);
        game.accept(new SubmitAnswer("p2", game.questionId(), "B", game.now()));
        game.accept(new SkipQuestion(Games.HOST));
        game.accept(new ShowNextQuestion(Games.HOST));
        game.accept(new SkipQuestion(Games.HOST));
        game.accept(new ShowNextQuestion(Games.HOST));
        game.advanceMillis(500);
        game.accept(new PressBuzz("p1", game.questionId(), game.now(), 40));
        return game;
    }

    @Test
    void aSnapshotRestoresToAnEqualStateWithTheSameHash() {
        GameState state = midBuzzerWindow().state();

        GameState restored = Snapshots.restore(Snapshots.of(state));

        assertThat(restored).isEqualTo(state);
        assertThat(StateHash.of(restored)).isEqualTo(StateHash.of(state));
        assertThat(restored.pendingDeadline()).isEqualTo(state.pendingDeadline());
        assertThat(restored.rules()).isEqualTo(state.rules());
        assertThat(restored.player("p2").orElseThrow().streak()).isEqualTo(new Streak(1, 1));
    }

    @Test
    void theAnswersOfTheQuestionInPlayAreInTheSnapshotAndTheHash() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 3);
        game.accept(new SubmitAnswer("p1", game.questionId(), "A", game.now()));
        long before = StateHash.of(game.state());
        GameState restored = Snapshots.restore(Snapshots.of(game.state()));

        assertThat(restored.question().answers())
                .isEqualTo(game.state().question().answers());
        game.accept(new SubmitAnswer("p2", game.questionId(), "B", game.now()));
        assertThat(StateHash.of(game.state())).isNotEqualTo(before);
    }

    @Test
    void snapshotPlusTailEqualsTheFullReplay() {
        Games game = midBuzzerWindow();
        var log = game.log();
        GameState atFive = Replay.fromLog("g-1", log.subList(0, 5));

        GameState rebuilt = Replay.fromSnapshot(Snapshots.of(atFive), log.subList(5, log.size()));

        assertThat(rebuilt).isEqualTo(game.state());
    }

    @Test
    void theHashTellsDifferentStatesApart() {
        Games game = midBuzzerWindow();
        long before = StateHash.of(game.state());

        game.accept(new PressBuzz("p2", game.questionId(), game.now(), 40));

        assertThat(StateHash.of(game.state())).isNotEqualTo(before);
    }

    @Test
    void aTailThatDoesNotContinueTheSnapshotIsRefused() {
        Games game = midBuzzerWindow();
        var log = game.log();
        GameState atFive = Replay.fromLog("g-1", log.subList(0, 5));

        assertThatThrownBy(() -> Replay.fromSnapshot(Snapshots.of(atFive), log.subList(6, log.size())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gap");
    }
}

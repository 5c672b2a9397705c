package io.buzzline.engine;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.RoundMode;

import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** What an edge may refuse from the game as it delivered it, and what it must leave to the owner. */
class SettledRefusalsTest {

    private static PressBuzz buzz(Games game, String playerId) {
        return new PressBuzz(playerId, game.questionId(), game.now(), 0);
    }

    private static Optional<Rejection> atTheEdge(Games game, GameCommand command) {
        return GameEngine.settledRefusal(game.state(), command);
    }

    @Test
    void aBuzzAfterTheWindowTheEdgeHasSeenCloseIsRefusedThere() {
        Games game = Games.started(settings(RoundMode.BUZZER), 3).advanceMillis(1_000);
        game.accept(buzz(game, "p1"));
        game.advanceMillis(301);

        PressBuzz late = buzz(game, "p2");

        assertThat(atTheEdge(game, late)).contains(Rejection.WINDOW_CLOSED);
        assertThat(game.reject(late)).isEqualTo(Rejection.WINDOW_CLOSED);
    }

    @Test
    void aBuzzWhileAnotherPlayerAnswersAndASecondPressAreRefusedThere() {
        Games game = Games.started(settings(RoundMode.BUZZER), 3).advanceMillis(1_000);
        game.accept(buzz(game, "p1"));
        assertThat(atTheEdge(game, buzz(game, "p1"))).contains(Rejection.DUPLICATE_BUZZ);
        game.fireDeadline();

        assertThat(atTheEdge(game, buzz(game, "p2"))).contains(Rejection.WINDOW_CLOSED);
    }

    @Test
    void aBuzzInsideTheWindowGoesToTheOwner() {
        Games game = Games.started(settings(RoundMode.BUZZER), 3).advanceMillis(1_000);
        assertThat(atTheEdge(game, buzz(game, "p1"))).isEmpty();
        game.accept(buzz(game, "p1"));
        game.advanceMillis(100);

        assertThat(atTheEdge(game, buzz(game, "p2"))).isEmpty();
    }

    @Test
    void refusalsLaterEventsLiftInNormalPlayGoToTheOwner() {
        Games game = Games.started(settings(RoundMode.BUZZER), 3).advanceMillis(1_000);
        game.accept(buzz(game, "p1"));

        // Not joined yet as far as this prefix knows: the join may be on its way.
        assertThat(atTheEdge(game, buzz(game, "p9"))).isEmpty();
        assertThat(game.reject(buzz(game, "p9"))).isEqualTo(Rejection.NOT_A_PLAYER);
        // The window has no winner yet; the award may be on its way.
        var early = new SubmitAnswer("p1", game.questionId(), "B", game.now());
        assertThat(atTheEdge(game, early)).isEmpty();
        assertThat(game.reject(early)).isEqualTo(Rejection.NOT_YOUR_TURN);
        // A question this prefix does not hold yet.
        var ahead = new PressBuzz("p2", "q2", game.now(), 0);
        assertThat(atTheEdge(game, ahead)).isEmpty();
        assertThat(atTheEdge(game, new JoinGame("p9", "Nine", null))).isEmpty();
    }

    @Test
    void classicAnswersRefusedForGoodAreRefusedThere() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 3).advanceMillis(1_000);
        game.accept(new SubmitAnswer("p1", game.questionId(), "B", game.now()));

        assertThat(atTheEdge(game, new SubmitAnswer("p1", game.questionId(), "A", game.now())))
                .contains(Rejection.ALREADY_ANSWERED);
        assertThat(atTheEdge(game, new SubmitAnswer("p2", game.questionId(), "Z", game.now())))
                .contains(Rejection.NOT_A_CHOICE);
        assertThat(atTheEdge(game, new SubmitAnswer("p2", game.questionId(), "A", game.now())))
                .isEmpty();
        game.advance(Games.TIME_LIMIT);
        assertThat(atTheEdge(
                        game,
                        new SubmitAnswer(
                                "p2", game.questionId(), "A", game.now().plusMillis(1))))
                .contains(Rejection.AFTER_DEADLINE);
    }
}

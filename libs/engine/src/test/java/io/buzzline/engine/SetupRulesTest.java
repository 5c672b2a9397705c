package io.buzzline.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;

import static io.buzzline.engine.Games.HOST;
import static io.buzzline.engine.Games.settings;
import static org.assertj.core.api.Assertions.assertThat;

class SetupRulesTest {

    @Test
    void createGameLogsTheSettingsAndOpensTheLobby() {
        Games game = Games.fresh();

        var events = game.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC)));

        assertThat(events).containsExactly(new GameCreated(HOST, settings(RoundMode.CLASSIC)));
        assertThat(game.state().phase()).isEqualTo(GamePhase.LOBBY);
        assertThat(game.state().sequence()).isEqualTo(1);
    }

    @Test
    void everyCommandButCreateNeedsAGame() {
        assertThat(Games.fresh().reject(new JoinGame("p1", "Ada", null))).isEqualTo(Rejection.GAME_NOT_CREATED);
    }

    @Test
    void aGameIsCreatedOnce() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 0);

        assertThat(game.reject(new CreateGame(HOST, settings(RoundMode.CLASSIC))))
                .isEqualTo(Rejection.GAME_ALREADY_CREATED);
    }

    @Test
    void loadingThePackLogsItForNoClient() {
        Games game = Games.fresh();
        game.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC)));

        var events = game.accept(new LoadQuestions(Games.pack(2)));

        assertThat(events).singleElement().isInstanceOf(QuestionsLoaded.class);
        assertThat(events.getFirst().visibility().visibleToPlayer("p1")).isFalse();
        assertThat(events.getFirst().visibility().visibleToHost()).isFalse();
        assertThat(game.state().pack()).isEqualTo(Games.pack(2));
    }

    @Test
    void thePackIsLoadedOnceAndMustBeTheNamedOneWithEnoughQuestions() {
        Games game = Games.fresh();
        game.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC, RoundMode.BUZZER)));
        var otherPack = new QuestionPack("other", List.of(new Question("x", "X?", List.of("A"), "A")));

        assertThat(game.reject(new LoadQuestions(otherPack))).isEqualTo(Rejection.WRONG_PACK);
        assertThat(game.reject(new LoadQuestions(Games.pack(3)))).isEqualTo(Rejection.NOT_ENOUGH_QUESTIONS);
        game.accept(new LoadQuestions(Games.pack(4)));
        assertThat(game.reject(new LoadQuestions(Games.pack(4)))).isEqualTo(Rejection.QUESTIONS_ALREADY_LOADED);
    }

    @Test
    void aPackContentCannotGiveEndsTheGameWaitingForIt() {
        Games game = Games.fresh();
        game.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC)));
        game.accept(new JoinGame("p1", "Ada", null));

        var events = game.accept(new ReportPackUnavailable(Games.PACK_ID));

        assertThat(events).containsExactly(new GameEnded(GameEnded.Reason.CONTENT_UNAVAILABLE));
        assertThat(events.getFirst().visibility().visibleToPlayer("p1")).isTrue();
        assertThat(game.state().phase()).isEqualTo(GamePhase.ENDED);
        assertThat(game.state().sequence()).isEqualTo(3);
        assertThat(game.reject(new LoadQuestions(Games.pack(2)))).isEqualTo(Rejection.GAME_OVER);
        assertThat(game.reject(new ReportPackUnavailable(Games.PACK_ID))).isEqualTo(Rejection.GAME_OVER);
    }

    @Test
    void anUnavailablePackChangesNothingOnceTheQuestionsAreInOrForAnotherPack() {
        Games loaded = Games.lobby(settings(RoundMode.CLASSIC), 1);
        assertThat(loaded.reject(new ReportPackUnavailable(Games.PACK_ID)))
                .isEqualTo(Rejection.QUESTIONS_ALREADY_LOADED);

        Games started = Games.started(settings(RoundMode.CLASSIC), 1);
        assertThat(started.reject(new ReportPackUnavailable(Games.PACK_ID))).isEqualTo(Rejection.GAME_ALREADY_STARTED);

        Games waiting = Games.fresh();
        waiting.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC)));
        assertThat(waiting.reject(new ReportPackUnavailable("other"))).isEqualTo(Rejection.WRONG_PACK);
        assertThat(Games.fresh().reject(new ReportPackUnavailable(Games.PACK_ID)))
                .isEqualTo(Rejection.GAME_NOT_CREATED);
    }

    @Test
    void startingShowsTheFirstQuestionOfRoundOne() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 2);

        var events = game.accept(new StartGame(HOST));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new RoundStarted(1, RoundMode.CLASSIC, 2));
        QuestionShown shown = (QuestionShown) events.get(1);
        assertThat(shown.questionId()).isEqualTo("q1");
        assertThat(shown.opensAt()).isEqualTo(game.now());
        assertThat(shown.closesAt()).isEqualTo(game.now().plus(Games.TIME_LIMIT));
        assertThat(game.state().phase()).isEqualTo(GamePhase.QUESTION_OPEN);
    }

    @Test
    void onlyTheHostStartsALoadedGameWithPlayersOnce() {
        Games empty = Games.lobby(settings(RoundMode.CLASSIC), 0);
        assertThat(empty.reject(new StartGame("p1"))).isEqualTo(Rejection.NOT_THE_HOST);
        assertThat(empty.reject(new StartGame(HOST))).isEqualTo(Rejection.NO_PLAYERS);

        Games unloaded = Games.fresh();
        unloaded.accept(new CreateGame(HOST, settings(RoundMode.CLASSIC)));
        unloaded.accept(new JoinGame("p1", "Ada", null));
        assertThat(unloaded.reject(new StartGame(HOST))).isEqualTo(Rejection.QUESTIONS_NOT_LOADED);

        Games started = Games.started(settings(RoundMode.CLASSIC), 1);
        assertThat(started.reject(new StartGame(HOST))).isEqualTo(Rejection.GAME_ALREADY_STARTED);
        assertThat(started.reject(new LoadQuestions(Games.pack(2)))).isEqualTo(Rejection.GAME_ALREADY_STARTED);
    }

    @Test
    void nextQuestionBeforeTheStartIsRejected() {
        Games game = Games.lobby(settings(RoundMode.CLASSIC), 1);

        assertThat(game.reject(new ShowNextQuestion(HOST))).isEqualTo(Rejection.GAME_NOT_STARTED);
    }

    @Test
    void theHostEndsTheGameAndNothingIsAcceptedAfter() {
        Games game = Games.started(settings(RoundMode.CLASSIC), 1);
        assertThat(game.reject(new EndGame("p1"))).isEqualTo(Rejection.NOT_THE_HOST);

        var events = game.accept(new EndGame(HOST));

        assertThat(events).containsExactly(new GameEnded(GameEnded.Reason.ENDED_BY_HOST));
        assertThat(game.state().phase()).isEqualTo(GamePhase.ENDED);
        assertThat(game.state().pendingDeadline()).isEmpty();
        assertThat(game.reject(new JoinGame("p9", "Late", null))).isEqualTo(Rejection.GAME_OVER);
    }
}

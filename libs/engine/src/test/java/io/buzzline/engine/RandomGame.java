package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;

/**
 * Plays a game from a random script of steps, valid and invalid alike, and records every
 * command's decision with the states around it for the property tests.
 */
final class RandomGame {

    /** One scripted step: what to try, by whom, with which answer, round trip and clock move. */
    record Step(int kind, int player, int choice, int rttMillis, int advanceMillis) {}

    /** One command as it was handled. */
    record Turn(GameState before, GameCommand command, Decision decision, GameState after) {}

    static final GameSettings SETTINGS =
            Games.settings(Duration.ofSeconds(2), RoundMode.CLASSIC, RoundMode.BUZZER, RoundMode.CLASSIC);
    static final int KINDS = 20;
    private static final int PLAYERS = 5;

    private final List<Turn> turns = new ArrayList<>();
    private final List<EventEnvelope> log = new ArrayList<>();
    private GameState state = GameState.empty("g-prop");
    private Instant now = Games.T0;

    static RandomGame play(List<Step> script) {
        RandomGame game = new RandomGame();
        game.handle(new CreateGame(Games.HOST, SETTINGS));
        // Most games get their pack at once; some wait for it, and content may never give it.
        if (script.isEmpty() || script.getFirst().choice() % 8 != 0) {
            game.handle(new LoadQuestions(Games.pack(SETTINGS.totalQuestions())));
        }
        for (Step step : script) {
            // Squared, so most steps move the clock a little and a few jump past deadlines.
            game.now = game.now.plusMillis((long) step.advanceMillis() * step.advanceMillis() / 4_000);
            game.handle(game.commandFor(step));
        }
        return game;
    }

    private void handle(GameCommand command) {
        GameState before = state;
        var outcome = GameEngine.handle(state, command, now);
        state = outcome.state();
        log.addAll(outcome.events());
        turns.add(new Turn(before, command, outcome.decision(), state));
    }

    private GameCommand commandFor(Step step) {
        String player = "p" + step.player() % (PLAYERS + 1); // p0 never joins: a stranger
        String current = state.question() == null ? "q1" : state.question().questionId();
        String questionId = step.choice() % 10 == 0 ? "q1" : current;
        String answer = List.of("A", "B", "C", "Z").get(step.choice() % 4);
        return switch (step.kind() % KINDS) {
            case 0, 1 -> new JoinGame(player, "Nick " + player, null);
            case 2 -> new LeaveGame(player);
            case 3 -> new KickPlayer(step.choice() % 5 == 0 ? player : Games.HOST, player);
            case 4 -> new StartGame(Games.HOST);
            case 5 -> new ShowNextQuestion(Games.HOST);
            case 6 -> step.choice() % 4 == 0 ? new SkipQuestion(Games.HOST) : new ShowNextQuestion(Games.HOST);
            case 7, 8, 9, 10 ->
                new PressBuzz(player, questionId, now.minusMillis(step.choice() * 7L), step.rttMillis());
            case 11, 12, 13 -> new SubmitAnswer(player, questionId, answer, now);
            case 14, 15 -> pendingTimer(step);
            // The host's pace: the next question the instant a reveal is in, or the game ended early.
            case 16 -> new ShowNextQuestion(Games.HOST);
            case 17 -> step.choice() % 8 == 0 ? new EndGame(Games.HOST) : new SubmitAnswer(player, current, "B", now);
            case 18 -> step.choice() % 20 == 0 ? new EndGame(Games.HOST) : new SubmitAnswer(player, current, "B", now);
            default ->
                step.choice() % 3 == 0
                        ? new ReportPackUnavailable(Games.PACK_ID)
                        : new LoadQuestions(Games.pack(SETTINGS.totalQuestions()));
        };
    }

    private GameCommand pendingTimer(Step step) {
        return state.pendingDeadline()
                .<GameCommand>map(d -> {
                    if (now.isBefore(d.dueAt()) && step.choice() % 2 == 0) {
                        now = d.dueAt();
                    }
                    return new FireTimer(d.timerId(), d.dueAt());
                })
                .orElseGet(() -> new FireTimer("stale", now));
    }

    List<Turn> turns() {
        return turns;
    }

    List<EventEnvelope> log() {
        return log;
    }

    GameState state() {
        return state;
    }
}

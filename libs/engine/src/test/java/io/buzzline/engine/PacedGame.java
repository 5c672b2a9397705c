package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;

/**
 * A game played the way people play, at random paces: players answer and buzz while a question is
 * open, the host presses next the instant a reveal is in or later, skips, or ends the game early,
 * timers fire, players join late and leave. Unlike {@link RandomGame} each move fits the phase, so
 * most scripts play questions through to their reveal and many to the end.
 */
final class PacedGame {

    /** One move: what kind, by whom, and a number of milliseconds the move uses as it needs. */
    record Move(int kind, int who, int millis) {}

    static final int KINDS = 10;
    private static final int PLAYER_POOL = 5;

    private final List<EventEnvelope> log = new ArrayList<>();
    private GameState state = GameState.empty("g-paced");
    private Instant now = Games.T0;

    static PacedGame play(boolean autoAdvance, List<Move> moves) {
        GameSettings settings = Games.settings(
                autoAdvance ? Duration.ofMillis(800) : Duration.ZERO,
                RoundMode.CLASSIC,
                RoundMode.BUZZER,
                RoundMode.CLASSIC);
        PacedGame game = new PacedGame();
        game.handle(new CreateGame(Games.HOST, settings));
        game.handle(new LoadQuestions(Games.pack(settings.totalQuestions())));
        for (int i = 1; i <= 3; i++) {
            game.handle(new JoinGame("p" + i, "Player " + i, null));
        }
        game.handle(new StartGame(Games.HOST));
        for (Move move : moves) {
            if (game.state.phase() == GamePhase.ENDED) {
                break;
            }
            game.handle(game.commandFor(move));
        }
        return game;
    }

    private void handle(GameCommand command) {
        var outcome = GameEngine.handle(state, command, now);
        state = outcome.state();
        log.addAll(outcome.events());
    }

    private GameCommand commandFor(Move move) {
        String player = "p" + (1 + move.who() % PLAYER_POOL);
        int kind = move.kind() % KINDS;
        if (kind == 8) {
            return state.isActivePlayer(player) ? new LeaveGame(player) : new JoinGame(player, "Late " + player, null);
        }
        if (kind == 9 && move.who() == 0) {
            return new EndGame(Games.HOST);
        }
        if (state.phase().questionOpen()) {
            // Skips and close timers are rarer than answers, so most questions see several answers.
            return whileOpen((kind == 5 || kind == 7) && move.who() % 3 != 0 ? 0 : kind, move);
        }
        return betweenQuestions(kind, move);
    }

    private GameCommand whileOpen(int kind, Move move) {
        QuestionInPlay q = state.question();
        return switch (kind) {
            case 5 -> new SkipQuestion(Games.HOST);
            case 7 -> pendingTimer(move);
            default -> {
                now = now.plusMillis(move.millis() / 30);
                String choice = List.of("A", "B", "B", "C").get(move.millis() % 4);
                yield switch (state.phase()) {
                    case BUZZ_ANSWERING -> new SubmitAnswer(q.buzzer().awardedTo(), q.questionId(), choice, now);
                    case BUZZ_WINDOW -> move.who() % 2 == 0 ? pendingTimer(move) : buzz(q, move);
                    default ->
                        q.mode() == RoundMode.BUZZER
                                ? buzz(q, move)
                                : new SubmitAnswer(someone(move, q.answered()), q.questionId(), choice, now);
                };
            }
        };
    }

    private GameCommand buzz(QuestionInPlay q, Move move) {
        Set<String> unavailable = new HashSet<>(q.buzzer().lockedOut());
        unavailable.addAll(q.buzzer().buzzed());
        return new PressBuzz(someone(move, unavailable), q.questionId(), now, move.millis() % 200);
    }

    /** An active player who has not acted on the question yet, if any; else any player (refused). */
    private String someone(Move move, Set<String> done) {
        List<String> candidates = state.players().values().stream()
                .filter(p -> p.active() && !done.contains(p.playerId()))
                .map(Player::playerId)
                .sorted()
                .toList();
        return candidates.isEmpty() ? "p1" : candidates.get(move.who() % candidates.size());
    }

    private GameCommand betweenQuestions(int kind, Move move) {
        return switch (kind) {
            case 0, 1, 2, 3, 4 -> new ShowNextQuestion(Games.HOST);
            case 5 -> {
                now = now.plusMillis(move.millis());
                yield new ShowNextQuestion(Games.HOST);
            }
            default -> pendingTimer(move);
        };
    }

    /** Fires the armed timer once due (moving the clock there), or a stale one the engine refuses. */
    private GameCommand pendingTimer(Move move) {
        return state.pendingDeadline()
                .<GameCommand>map(d -> {
                    now = now.isBefore(d.dueAt()) ? d.dueAt().plusMillis(move.millis() % 50) : now;
                    return new FireTimer(d.timerId(), d.dueAt());
                })
                .orElseGet(() -> new FireTimer("stale", now));
    }

    List<EventEnvelope> log() {
        return log;
    }

    GameState state() {
        return state;
    }
}

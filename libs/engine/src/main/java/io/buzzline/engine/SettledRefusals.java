package io.buzzline.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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

/**
 * Refusals an edge can give from a prefix of the log (the game as it delivered it to the player), with the
 * engine's own rules, so a crowd's late buzzes are answered where they arrive instead of each crossing the
 * command stream to be refused by the game's owner.
 *
 * <p>A refusal is settled when no event after the prefix can turn it into an acceptance, with one
 * exception a player cannot tell apart: a {@code BUZZER_REOPENED} the edge had not delivered yet (a buzz
 * pressed while the player's screen still showed another player answering, or a second press in the window
 * before, is refused as it was seen). Only commands about the question the prefix holds are judged: one
 * naming another question, and refusals that later events can lift in normal play ({@code NOT_A_PLAYER}
 * before a join lands, {@code NOT_YOUR_TURN} before an award lands, {@code WRONG_QUESTION}), go to the owner.
 */
final class SettledRefusals {

    static final Set<Rejection> REASONS = Collections.unmodifiableSet(EnumSet.of(
            Rejection.GAME_OVER,
            Rejection.NO_OPEN_QUESTION,
            Rejection.NOT_A_BUZZER_ROUND,
            Rejection.BUZZ_BEFORE_SHOWN,
            Rejection.LOCKED_OUT,
            Rejection.DUPLICATE_BUZZ,
            Rejection.WINDOW_CLOSED,
            Rejection.AFTER_DEADLINE,
            Rejection.NOT_A_CHOICE,
            Rejection.ANSWER_BEFORE_SHOWN,
            Rejection.ALREADY_ANSWERED));

    private SettledRefusals() {}

    static Optional<Rejection> of(GameState delivered, GameCommand command) {
        Rejection refused =
                switch (command) {
                    case PressBuzz c ->
                        holdsQuestion(delivered, c.questionId())
                                ? judged(delivered, BuzzerRules.refusal(delivered, c))
                                : null;
                    case SubmitAnswer c ->
                        holdsQuestion(delivered, c.questionId())
                                ? judged(delivered, AnswerRules.refusal(delivered, c))
                                : null;
                    // Host, membership and timer commands are always the owner's to judge.
                    case CreateGame c -> null;
                    case LoadQuestions c -> null;
                    case ReportPackUnavailable c -> null;
                    case StartGame c -> null;
                    case EndGame c -> null;
                    case JoinGame c -> null;
                    case LeaveGame c -> null;
                    case KickPlayer c -> null;
                    case ShowNextQuestion c -> null;
                    case SkipQuestion c -> null;
                    case FireTimer c -> null;
                };
        return refused != null && REASONS.contains(refused) ? Optional.of(refused) : Optional.empty();
    }

    private static boolean holdsQuestion(GameState delivered, String questionId) {
        return delivered.question() != null && delivered.question().questionId().equals(questionId);
    }

    /** What {@link GameEngine#decide} checks before any rule of the command itself. */
    private static Rejection judged(GameState delivered, Rejection byRules) {
        return delivered.phase() == GamePhase.ENDED ? Rejection.GAME_OVER : byRules;
    }
}

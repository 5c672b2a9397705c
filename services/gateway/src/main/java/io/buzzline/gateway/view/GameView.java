package io.buzzline.gateway.view;

import java.time.Instant;
import java.util.List;

/**
 * The game as one connection may see it at {@code sequence}: what a late joiner or a resumer needs to
 * render at once. Fields that do not apply yet are null. {@code leaderboard} holds the top standings
 * (all of them for hosts), {@code playerCount} how many there are in all.
 */
public record GameView(
        String gameId,
        long sequence,
        String phase,
        String hostId,
        int round,
        int questionNumber,
        int totalQuestions,
        String roundMode,
        int playerCount,
        List<StandingView> leaderboard,
        QuestionView question,
        MeView me) {

    /** One line of the live leaderboard; equal totals share a rank. */
    public record StandingView(int rank, String playerId, String nickname, long total, String status) {}

    /**
     * The question in play (or last played). {@code correctAnswer} is present only once the question was
     * revealed, whatever the role; {@code buzzWinner} and {@code answerDueAt} once the buzzer was awarded.
     */
    public record QuestionView(
            String questionId,
            int round,
            int number,
            String mode,
            String text,
            List<String> choices,
            Instant opensAt,
            Instant closesAt,
            boolean revealed,
            String correctAnswer,
            int answeredCount,
            String buzzWinner,
            Instant answerDueAt) {}

    /** The connection's own standing: for a player their total and rank, and what they did this question. */
    public record MeView(
            String id,
            String role,
            String nickname,
            Long total,
            Integer rank,
            boolean answeredCurrent,
            boolean buzzedCurrent,
            boolean lockedOut) {}
}

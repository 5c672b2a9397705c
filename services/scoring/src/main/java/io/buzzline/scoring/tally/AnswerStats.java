package io.buzzline.scoring.tally;

/**
 * A player's answers in one game: how many, how many right, the sum and the best of their response
 * times ({@code bestMillis} is -1 before the first answer).
 */
public record AnswerStats(int answered, int correct, long reactionTotalMillis, long bestMillis) {

    public static final AnswerStats NONE = new AnswerStats(0, 0, 0, -1);
}

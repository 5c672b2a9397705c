package io.buzzline.scoring.tally;

/**
 * A player's answers in one game: how many, how many right, the sum and the best of their response
 * times ({@code bestMillis} is -1 before the first answer).
 */
public record AnswerStats(int answered, int correct, long reactionTotalMillis, long bestMillis) {

    public static final AnswerStats NONE = new AnswerStats(0, 0, 0, -1);

    /** These stats with one more answer. */
    public AnswerStats plus(long responseMillis, boolean right) {
        long best = bestMillis < 0 ? responseMillis : Math.min(bestMillis, responseMillis);
        return new AnswerStats(answered + 1, correct + (right ? 1 : 0), reactionTotalMillis + responseMillis, best);
    }

    public String encode() {
        return answered + "," + correct + "," + reactionTotalMillis + "," + bestMillis;
    }

    public static AnswerStats decode(String value) {
        if (value == null) {
            return NONE;
        }
        String[] parts = value.split(",");
        return new AnswerStats(
                Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]),
                Long.parseLong(parts[2]),
                Long.parseLong(parts[3]));
    }
}

package io.buzzline.content.question;

/** How often a question went into packs, and how often it was answered and answered right. */
public record QuestionStats(long timesUsed, long timesAnswered, long timesCorrect) {

    public static final QuestionStats NONE = new QuestionStats(0, 0, 0);

    /** Share of right answers, or -1 before the first answer. */
    public double successRate() {
        return timesAnswered == 0 ? -1 : (double) timesCorrect / timesAnswered;
    }
}

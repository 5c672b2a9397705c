package io.buzzline.content.question;

/**
 * How a question has fared: put into packs ({@code timesUsed}, counted when a pack is issued), and,
 * from archived games, shown to players, answered, answered right, skipped by the host, and the sum
 * of the answers' response times. One game counts once, however often it is archived.
 */
public record QuestionStats(
        long timesUsed,
        long timesAsked,
        long timesAnswered,
        long timesCorrect,
        long timesSkipped,
        long responseMillisTotal) {

    public static final QuestionStats NONE = new QuestionStats(0, 0, 0, 0, 0, 0);

    /** Share of right answers, or -1 before the first answer. */
    public double successRate() {
        return timesAnswered == 0 ? -1 : (double) timesCorrect / timesAnswered;
    }

    /** Mean time from the question opening to an answer, or -1 before the first answer. */
    public long averageResponseMillis() {
        return timesAnswered == 0 ? -1 : responseMillisTotal / timesAnswered;
    }
}

package io.buzzline.rules;

/**
 * A player's run of correct CLASSIC answers: {@code length} answers, the last to the question at game
 * position {@code lastOrdinal}. Answering no question, a wrong answer, or a BUZZER question in between
 * breaks it, because only the question right after the last one continues it.
 */
public record Streak(int length, int lastOrdinal) {

    public static final Streak NONE = new Streak(0, 0);

    /** The streak that counts before answering the question at {@code ordinal}. */
    public int lengthBefore(int ordinal) {
        return lastOrdinal == ordinal - 1 ? length : 0;
    }
}

package io.buzzline.events;

/** How a round is played. */
public enum RoundMode {
    /** First to buzz answers; a wrong answer locks that player out and reopens the buzzer. */
    BUZZER,
    /** Every player answers within the time limit; points weighted by answer speed. */
    CLASSIC
}

package io.buzzline.content.quest;

import java.time.Instant;

/** The time span [start, end) one round of a quest counts games in. */
public record QuestWindow(Instant start, Instant end) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}

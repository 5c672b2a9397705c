package io.buzzline.commands;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/** A deadline held in the game state was reached; the runtime feeds it back as data. */
public record FireTimer(String timerId, Instant dueAt) implements GameCommand {

    public FireTimer {
        nonBlank(timerId, "timerId");
        nonNull(dueAt, "dueAt");
    }

    @Override
    public CommandType type() {
        return CommandType.FIRE_TIMER;
    }
}

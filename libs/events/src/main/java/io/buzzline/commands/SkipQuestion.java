package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** The host skips the current question. */
public record SkipQuestion(String hostId) implements GameCommand {

    public SkipQuestion {
        nonBlank(hostId, "hostId");
    }

    @Override
    public CommandType type() {
        return CommandType.SKIP_QUESTION;
    }
}

package io.buzzline.commands;

import static io.buzzline.events.Require.nonBlank;

/** The host moves on to the next question. */
public record ShowNextQuestion(String hostId) implements GameCommand {

    public ShowNextQuestion {
        nonBlank(hostId, "hostId");
    }

    @Override
    public CommandType type() {
        return CommandType.SHOW_NEXT_QUESTION;
    }
}

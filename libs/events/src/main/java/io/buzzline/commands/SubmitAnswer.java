package io.buzzline.commands;

import java.time.Instant;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonNull;

/** A player answered a question; {@code receivedAt} is when the gateway received it. */
public record SubmitAnswer(String playerId, String questionId, String answer, Instant receivedAt)
        implements GameCommand {

    public SubmitAnswer {
        nonBlank(playerId, "playerId");
        nonBlank(questionId, "questionId");
        nonBlank(answer, "answer");
        nonNull(receivedAt, "receivedAt");
    }

    @Override
    public CommandType type() {
        return CommandType.SUBMIT_ANSWER;
    }
}

package io.buzzline.commands;

import io.buzzline.events.QuestionPack;

import static io.buzzline.events.Require.nonNull;

/**
 * The match service hands the game the question pack it fetched from content, before the start.
 * Only the runtime sends it; no client message maps to it.
 */
public record LoadQuestions(QuestionPack pack) implements GameCommand {

    public LoadQuestions {
        nonNull(pack, "pack");
    }

    @Override
    public CommandType type() {
        return CommandType.LOAD_QUESTIONS;
    }
}

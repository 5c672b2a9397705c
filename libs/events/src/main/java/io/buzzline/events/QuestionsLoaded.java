package io.buzzline.events;

import static io.buzzline.events.Require.nonNull;

/**
 * Addition (code 10): the question pack, answer keys included, entered the game before its start.
 * It is the only way keys enter the log, so a rebuilt game knows them; log only: no client connection
 * receives it, whatever its role (docs/security.md: keys reach only editors and the engine).
 */
public record QuestionsLoaded(QuestionPack pack) implements GameEvent {

    public QuestionsLoaded {
        nonNull(pack, "pack");
    }

    @Override
    public Visibility visibility() {
        return Visibility.LOG_ONLY;
    }

    @Override
    public EventType type() {
        return EventType.QUESTIONS_LOADED;
    }
}

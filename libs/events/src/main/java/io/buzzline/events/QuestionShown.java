package io.buzzline.events;

import java.time.Instant;
import java.util.List;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonEmpty;
import static io.buzzline.events.Require.nonNull;
import static io.buzzline.events.Require.positive;

/**
 * A question was put to the players. It carries what players may see (text and choices) and never
 * the answer key.
 */
public record QuestionShown(
        int round,
        int questionNumber,
        String questionId,
        String text,
        List<String> choices,
        Instant opensAt,
        Instant closesAt)
        implements GameEvent {

    public QuestionShown {
        positive(round, "round");
        positive(questionNumber, "questionNumber");
        nonBlank(questionId, "questionId");
        nonBlank(text, "text");
        choices = List.copyOf(nonEmpty(choices, "choices"));
        nonNull(opensAt, "opensAt");
        nonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closesAt: must be after opensAt");
        }
    }

    @Override
    public Visibility visibility() {
        return Visibility.PUBLIC;
    }

    @Override
    public EventType type() {
        return EventType.QUESTION_SHOWN;
    }
}

package io.buzzline.bots.brain;

import java.time.Instant;
import java.util.List;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;
import io.buzzline.events.QuestionShown;

/** Builds envelopes for the brain tests, numbered in order. */
final class Events {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final List<String> CHOICES = List.of("A", "B", "C", "D");

    private long sequence;

    EventEnvelope next(GameEvent event) {
        sequence++;
        return EventEnvelope.of("g-1", sequence, T0.plusSeconds(sequence), event);
    }

    static QuestionShown question(String questionId) {
        return new QuestionShown(1, 1, questionId, "Which?", CHOICES, T0, T0.plusSeconds(20));
    }
}

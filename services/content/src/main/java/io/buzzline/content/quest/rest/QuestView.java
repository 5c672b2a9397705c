package io.buzzline.content.quest.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.quest.Quest;
import io.buzzline.content.quest.QuestDefinition;
import io.buzzline.content.quest.QuestPeriod;
import io.buzzline.content.quest.QuestStatus;

/** A stored quest as the API shows it. */
@Schema(name = "Quest")
public record QuestView(
        String id,
        String title,
        String description,
        QuestPeriod period,
        QuestInput.Goal goal,
        QuestInput.Reward reward,
        LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn,
        QuestStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public static QuestView of(Quest q) {
        QuestDefinition d = q.definition();
        return new QuestView(
                q.id(),
                d.title(),
                d.description(),
                d.period(),
                new QuestInput.Goal(
                        d.goal().kind(), d.goal().target(), d.goal().category().orElse(null)),
                new QuestInput.Reward(d.reward().xp(), d.reward().badge().orElse(null)),
                d.startsOn(),
                d.endsOn().orElse(null),
                q.status(),
                q.createdAt(),
                q.updatedAt());
    }
}

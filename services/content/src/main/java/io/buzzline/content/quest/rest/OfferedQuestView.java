package io.buzzline.content.quest.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.content.quest.OfferedQuest;
import io.buzzline.content.quest.QuestProgress;

/** A quest offered now, the window it counts in, and (for a player) how far they got. */
@Schema(name = "OfferedQuest")
public record OfferedQuestView(
        QuestView quest,
        Instant windowStart,
        Instant windowEnd,

        @Schema(nullable = true, description = "Present when asked for a player")
        Progress progress) {

    /** A player's count towards the goal in this window. */
    @Schema(name = "QuestProgress")
    public record Progress(long current, long target, boolean completed) {}

    public static OfferedQuestView of(OfferedQuest offered) {
        return new OfferedQuestView(
                QuestView.of(offered.quest()),
                offered.window().start(),
                offered.window().end(),
                null);
    }

    public static OfferedQuestView of(QuestProgress p) {
        return new OfferedQuestView(
                QuestView.of(p.quest()),
                p.window().start(),
                p.window().end(),
                new Progress(p.current(), p.target(), p.completed()));
    }
}

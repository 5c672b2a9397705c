package io.buzzline.content.quest;

import java.time.Instant;
import java.time.LocalDate;

/** A stored quest: its definition plus identity, status and times. */
public record Quest(String id, QuestDefinition definition, QuestStatus status, Instant createdAt, Instant updatedAt) {

    /** Offered on this day: active, and the day is within its run. */
    public boolean offeredOn(LocalDate day) {
        return status == QuestStatus.ACTIVE && definition.runsOn(day);
    }
}

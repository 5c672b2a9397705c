package io.buzzline.content.quest;

/** Whether a quest may still be offered. */
public enum QuestStatus {
    /** Offered on the days it runs. */
    ACTIVE,
    /** Kept for the record, never offered again. */
    RETIRED
}

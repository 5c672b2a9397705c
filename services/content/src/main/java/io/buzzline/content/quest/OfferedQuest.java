package io.buzzline.content.quest;

/** A quest offered now, with the window its progress counts in. */
public record OfferedQuest(Quest quest, QuestWindow window) {}

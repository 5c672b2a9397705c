package io.buzzline.content.quest;

/** How far a player got in the current window of a quest. */
public record QuestProgress(Quest quest, QuestWindow window, long current, long target) {

    public boolean completed() {
        return current >= target;
    }
}

package io.buzzline.content.quest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A daily or weekly challenge as editors write it: title, description, period, goal, reward, and
 * the days (inclusive, in the quest time zone) on which it runs; no end day means until retired.
 */
public record QuestDefinition(
        String title,
        String description,
        QuestPeriod period,
        QuestGoal goal,
        QuestReward reward,
        LocalDate startsOn,
        Optional<LocalDate> endsOn) {

    /** Whether the quest runs on this day. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && endsOn.map(end -> !day.isAfter(end)).orElse(true);
    }
}

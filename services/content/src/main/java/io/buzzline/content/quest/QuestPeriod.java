package io.buzzline.content.quest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** How long one round of a quest lasts; progress starts from zero in each new window. */
public enum QuestPeriod {
    /** From midnight to midnight. */
    DAILY,
    /** From Monday midnight to the next Monday midnight (ISO weeks). */
    WEEKLY;

    /** The window of this period that contains {@code now}, in the platform's quest time zone. */
    public QuestWindow windowAt(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first =
                switch (this) {
                    case DAILY -> today;
                    case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                };
        LocalDate next =
                switch (this) {
                    case DAILY -> first.plusDays(1);
                    case WEEKLY -> first.plusWeeks(1);
                };
        return new QuestWindow(
                first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
    }
}

package io.buzzline.scoring.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * The global leaderboards: points of finished games by UTC day, by ISO week, and of all time. A game
 * counts in the day and week it ended in, so a redelivered GAME_ENDED lands on the same boards.
 */
public enum Period {
    DAILY("daily"),
    WEEKLY("weekly"),
    ALL_TIME("all-time");

    private final String path;

    Period(String path) {
        this.path = path;
    }

    /** The name used in the REST API. */
    public String path() {
        return path;
    }

    /** The period named {@code path} in the REST API, or null. */
    public static Period fromPath(String path) {
        for (Period period : values()) {
            if (period.path.equals(path)) {
                return period;
            }
        }
        return null;
    }

    /** The board of this period that holds {@code time}: {@code day:2026-11-25}, {@code week:2026-W48}, {@code all}. */
    public String boardName(Instant time) {
        LocalDate day = time.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAILY -> "day:" + day;
            case WEEKLY ->
                "week:%d-W%02d"
                        .formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case ALL_TIME -> "all";
        };
    }
}

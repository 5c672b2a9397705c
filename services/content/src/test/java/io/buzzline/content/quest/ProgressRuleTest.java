package io.buzzline.content.quest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.buzzline.content.history.PlayedGame;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressRuleTest {

    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void dailyWindowsRunMidnightToMidnightAndWeeklyOnesMondayToMonday() {
        assertThat(QuestPeriod.DAILY.windowAt(WEDNESDAY, ZoneOffset.UTC))
                .isEqualTo(
                        new QuestWindow(Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z")));
        assertThat(QuestPeriod.WEEKLY.windowAt(WEDNESDAY, ZoneOffset.UTC))
                .isEqualTo(
                        new QuestWindow(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z")));
        // 23:30 UTC on the 24th is already the 25th in Paris (UTC+1 in November).
        assertThat(QuestPeriod.DAILY.windowAt(Instant.parse("2026-11-24T23:30:00Z"), ZoneId.of("Europe/Paris")))
                .isEqualTo(
                        new QuestWindow(Instant.parse("2026-11-24T23:00:00Z"), Instant.parse("2026-11-25T23:00:00Z")));
    }

    @Test
    void eachGoalCountsOnlyTheGamesOfTheWindow() {
        QuestWindow today = QuestPeriod.DAILY.windowAt(WEDNESDAY, ZoneOffset.UTC);
        List<PlayedGame> games = List.of(
                game("g1", "2026-11-25T08:00:00Z", 500, 1, 4, Map.of("geography", 2, "history", 1)),
                game("g2", "2026-11-25T09:00:00Z", 300, 2, 3, Map.of("geography", 1)),
                game("old", "2026-11-24T23:59:59Z", 900, 1, 5, Map.of("geography", 5)));

        assertThat(progress(new QuestGoal.PlayGames(2), today, games).completed())
                .isTrue();
        assertThat(progress(new QuestGoal.WinGames(2), today, games).current()).isEqualTo(1);
        assertThat(progress(new QuestGoal.CorrectAnswers(10, Optional.empty()), today, games)
                        .current())
                .isEqualTo(7);
        assertThat(progress(new QuestGoal.CorrectAnswers(3, Optional.of("geography")), today, games))
                .satisfies(p -> {
                    assertThat(p.current()).isEqualTo(3);
                    assertThat(p.completed()).isTrue();
                });
        assertThat(progress(new QuestGoal.ScorePoints(1000), today, games).current())
                .isEqualTo(800);
    }

    @Test
    void aQuestRunsFromItsFirstToItsLastDayInclusive() {
        QuestDefinition d = new QuestDefinition(
                "t",
                "",
                QuestPeriod.DAILY,
                new QuestGoal.PlayGames(1),
                new QuestReward(0, Optional.empty()),
                LocalDate.parse("2026-11-24"),
                Optional.of(LocalDate.parse("2026-11-25")));
        assertThat(d.runsOn(LocalDate.parse("2026-11-23"))).isFalse();
        assertThat(d.runsOn(LocalDate.parse("2026-11-24"))).isTrue();
        assertThat(d.runsOn(LocalDate.parse("2026-11-25"))).isTrue();
        assertThat(d.runsOn(LocalDate.parse("2026-11-26"))).isFalse();
        assertThat(new Quest("q", d, QuestStatus.RETIRED, WEDNESDAY, WEDNESDAY)
                        .offeredOn(LocalDate.parse("2026-11-24")))
                .isFalse();
    }

    private static QuestProgress progress(QuestGoal goal, QuestWindow window, List<PlayedGame> games) {
        QuestDefinition d = new QuestDefinition(
                "t",
                "",
                QuestPeriod.DAILY,
                goal,
                new QuestReward(0, Optional.empty()),
                LocalDate.parse("2026-11-01"),
                Optional.empty());
        return ProgressRule.progress(new Quest("q", d, QuestStatus.ACTIVE, WEDNESDAY, WEDNESDAY), window, games);
    }

    private static PlayedGame game(
            String id, String endedAt, long score, int rank, int correct, Map<String, Integer> byCategory) {
        return new PlayedGame(id, Instant.parse(endedAt), score, rank, correct + 1, correct, byCategory);
    }
}

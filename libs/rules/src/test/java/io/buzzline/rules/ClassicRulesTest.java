package io.buzzline.rules;

import org.junit.jupiter.api.Test;

import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of CLASSIC scoring, version 1 (the README shows the same table). */
class ClassicRulesTest {

    private static final RuleSet V1 = RuleSet.of(RulesVersion.V1);
    private static final RoundRules THOUSAND_IN_20S = new RoundRules(RoundMode.CLASSIC, 10, 20_000, 1000, 0);
    private static final StreakRule KAHOOT_STREAK = new StreakRule(100, 500);

    private static int points(RoundRules round, long millis) {
        return V1.classic(round, StreakRule.OFF, millis, true, 0).points();
    }

    @Test
    void fullPointsUnderHalfASecond() {
        assertThat(points(THOUSAND_IN_20S, 0)).isEqualTo(1000);
        assertThat(points(THOUSAND_IN_20S, 499)).isEqualTo(1000);
    }

    @Test
    void speedPointsFollowTheKahootFormula() {
        // round((1 − (5000 / 20000) / 2) × 1000) = round(0.875 × 1000)
        assertThat(points(THOUSAND_IN_20S, 5_000)).isEqualTo(875);
        assertThat(points(THOUSAND_IN_20S, 10_000)).isEqualTo(750);
        // round((1 − 0.0255 / 2)... at 510 ms: 1 − 0.01275 → 987.25 → 987
        assertThat(points(THOUSAND_IN_20S, 510)).isEqualTo(987);
    }

    @Test
    void halfPointsAtTheDeadlineAndNeverLess() {
        assertThat(points(THOUSAND_IN_20S, 20_000)).isEqualTo(500);
        assertThat(points(THOUSAND_IN_20S, 25_000)).isEqualTo(500);
    }

    @Test
    void doublePointsAndCustomPointsScaleTheSameWay() {
        RoundRules doublePoints = new RoundRules(RoundMode.CLASSIC, 10, 20_000, 2000, 0);
        // 7300 / 20000 = 0.365 → 1 − 0.1825 = 0.8175 × 2000 = 1635
        assertThat(points(doublePoints, 7_300)).isEqualTo(1635);
        RoundRules custom = new RoundRules(RoundMode.CLASSIC, 10, 30_000, 1500, 0);
        // 12000 / 30000 = 0.4 → 0.8 × 1500 = 1200
        assertThat(points(custom, 12_000)).isEqualTo(1200);
    }

    @Test
    void noPointsQuestionsAndWrongAnswersScoreNothing() {
        RoundRules noPoints = new RoundRules(RoundMode.CLASSIC, 10, 20_000, 0, 0);
        assertThat(points(noPoints, 1_000)).isZero();
        Award wrong = V1.classic(THOUSAND_IN_20S, KAHOOT_STREAK, 1_000, false, 4);
        assertThat(wrong.points()).isZero();
        assertThat(wrong.streak()).isZero();
        assertThat(wrong.reason()).isEqualTo(ScoreUpdated.Reason.CLASSIC_WRONG);
    }

    @Test
    void streakBonusGrowsByAHundredFromTheSecondCorrectAnswerUpToFiveHundred() {
        int[] expected = {875, 975, 1075, 1175, 1275, 1375, 1375};
        int streak = 0;
        for (int answer = 0; answer < expected.length; answer++) {
            Award award = V1.classic(THOUSAND_IN_20S, KAHOOT_STREAK, 5_000, true, streak);
            assertThat(award.points())
                    .as("correct answer %d in a row", answer + 1)
                    .isEqualTo(expected[answer]);
            streak = award.streak();
        }
        assertThat(streak).isEqualTo(7);
    }

    @Test
    void aWrongAnswerResetsTheStreak() {
        Award wrong = V1.classic(THOUSAND_IN_20S, KAHOOT_STREAK, 5_000, false, 5);
        Award next = V1.classic(THOUSAND_IN_20S, KAHOOT_STREAK, 5_000, true, wrong.streak());
        assertThat(next.points()).isEqualTo(875);
        assertThat(next.streakBonus()).isZero();
    }

    @Test
    void streaksCanBeTurnedOffOrTuned() {
        assertThat(V1.classic(THOUSAND_IN_20S, StreakRule.OFF, 5_000, true, 9).points())
                .isEqualTo(875);
        StreakRule gentle = new StreakRule(50, 150);
        int[] bonuses = {0, 50, 100, 150, 150};
        for (int i = 0; i < bonuses.length; i++) {
            assertThat(V1.classic(THOUSAND_IN_20S, gentle, 5_000, true, i).streakBonus())
                    .isEqualTo(bonuses[i]);
        }
    }

    @Test
    void aStreakContinuesOnlyOnTheVeryNextQuestion() {
        Streak afterQuestion3 = new Streak(3, 3);
        assertThat(afterQuestion3.lengthBefore(4)).isEqualTo(3);
        assertThat(afterQuestion3.lengthBefore(5)).as("question 4 unanswered").isZero();
    }
}

package io.buzzline.rules;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.StreakBonus;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of BUZZER scoring, version 1, and how a game's rules are frozen. */
class BuzzerRulesTest {

    private static final RuleSet V1 = RuleSet.of(RulesVersion.V1);

    @Test
    void aRightAnswerEarnsThePointsPossible() {
        RoundRules round = new RoundRules(RoundMode.BUZZER, 5, 30_000, 500, 250);
        Award award = V1.buzzer(round, true);
        assertThat(award.points()).isEqualTo(500);
        assertThat(award.reason()).isEqualTo(ScoreUpdated.Reason.BUZZER_CORRECT);
    }

    @Test
    void aWrongAnswerCostsThePenalty() {
        RoundRules round = new RoundRules(RoundMode.BUZZER, 5, 30_000, 500, 250);
        Award award = V1.buzzer(round, false);
        assertThat(award.points()).isEqualTo(-250);
        assertThat(award.reason()).isEqualTo(ScoreUpdated.Reason.BUZZER_WRONG);
    }

    @Test
    void withoutAPenaltyAWrongAnswerScoresNothing() {
        RoundRules round = new RoundRules(RoundMode.BUZZER, 5, 30_000, 1000, 0);
        assertThat(V1.buzzer(round, false).points()).isZero();
    }

    @Test
    void aGameKeepsTheRulesItWasCreatedWith() {
        GameSettings settings = new GameSettings(
                List.of(
                        new RoundSettings(RoundMode.CLASSIC, 3, Duration.ofSeconds(20)),
                        new RoundSettings(
                                RoundMode.BUZZER, 2, Duration.ofSeconds(30), Duration.ofSeconds(10), 400, 100)),
                50,
                false,
                "en",
                "pack-1",
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                new StreakBonus(0, 0));
        GameRules rules = GameRules.of(settings, RulesVersion.of(settings));
        assertThat(rules.version()).isEqualTo(RulesVersion.V1);
        assertThat(rules.ruleSet()).isInstanceOf(RuleSetV1.class);
        assertThat(rules.round(2)).isEqualTo(new RoundRules(RoundMode.BUZZER, 2, 30_000, 400, 100));
        assertThat(rules.streak()).isEqualTo(StreakRule.OFF);
        assertThat(rules.ordinal(2, 1))
                .as("first question of round 2 is the game's 4th")
                .isEqualTo(4);
    }
}

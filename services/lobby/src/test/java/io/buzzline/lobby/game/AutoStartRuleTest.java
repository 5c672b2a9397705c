package io.buzzline.lobby.game;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.buzzline.lobby.game.AutoStartRule.StartAt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoStartRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final AutoStartRule RULE = new AutoStartRule(2, Duration.ofSeconds(15));

    @Test
    void belowTheMinimumNothingIsScheduled() {
        assertThat(RULE.afterJoin(1, 100, NOW)).isEmpty();
    }

    @Test
    void reachingTheMinimumStartsACountdownThatLaterJoinsKeep() {
        assertThat(RULE.afterJoin(2, 100, NOW)).contains(new StartAt(NOW.plusSeconds(15), false));
        assertThat(RULE.afterJoin(7, 100, NOW)).contains(new StartAt(NOW.plusSeconds(15), false));
    }

    @Test
    void aFullGameStartsAtOnceWhateverTheCountdown() {
        assertThat(RULE.afterJoin(100, 100, NOW)).contains(new StartAt(NOW, true));
        assertThat(new AutoStartRule(5, Duration.ofMinutes(1)).afterJoin(3, 3, NOW))
                .contains(new StartAt(NOW, true));
    }

    @Test
    void aGameThatFellBelowTheMinimumDoesNotStart() {
        assertThat(RULE.mayStart(1)).isFalse();
        assertThat(RULE.mayStart(2)).isTrue();
    }

    @Test
    void refusesSettingsThatCouldNeverWork() {
        assertThatThrownBy(() -> new AutoStartRule(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutoStartRule(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

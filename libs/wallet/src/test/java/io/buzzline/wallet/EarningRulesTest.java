package io.buzzline.wallet;

import org.junit.jupiter.api.Test;

import io.buzzline.events.GameEnded;

import static org.assertj.core.api.Assertions.assertThat;

class EarningRulesTest {

    private static long coins(int rank, int players, GameEnded.Reason ended) {
        return EarningRules.V1.coinsFor(new EntryReason.GameResult("g_1", rank, players, ended));
    }

    @Test
    void aCompletedGamePaysForPlayingAndForThePodiumWhereSomeoneWasBeaten() {
        assertThat(coins(1, 10, GameEnded.Reason.COMPLETED)).isEqualTo(50);
        assertThat(coins(2, 10, GameEnded.Reason.COMPLETED)).isEqualTo(30);
        assertThat(coins(3, 10, GameEnded.Reason.COMPLETED)).isEqualTo(20);
        assertThat(coins(4, 10, GameEnded.Reason.COMPLETED)).isEqualTo(10);
        // Second of two is last, and a player alone beat nobody.
        assertThat(coins(2, 2, GameEnded.Reason.COMPLETED)).isEqualTo(10);
        assertThat(coins(1, 1, GameEnded.Reason.COMPLETED)).isEqualTo(10);
        assertThat(coins(1, 2, GameEnded.Reason.COMPLETED)).isEqualTo(50);
    }

    @Test
    void aGameEndedEarlyPaysForTakingPartOnlyAndABrokenOneNothing() {
        assertThat(coins(1, 10, GameEnded.Reason.ENDED_BY_HOST)).isEqualTo(10);
        assertThat(coins(1, 10, GameEnded.Reason.ABANDONED)).isZero();
        assertThat(coins(1, 10, GameEnded.Reason.CONTENT_UNAVAILABLE)).isZero();
    }
}

package io.buzzline.scoring.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.scoring.tally.AnswerStats;
import io.buzzline.scoring.tally.PlayerTally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Worked examples of the rating and of final places. */
class EloRatingTest {

    private final EloRating elo = new EloRating(32);

    @Test
    void equalPlayersMoveByHalfOfK() {
        double[] after = elo.update(new double[] {1500, 1500}, new int[] {1, 2});
        assertThat(after[0]).isCloseTo(1516, within(1e-9));
        assertThat(after[1]).isCloseTo(1484, within(1e-9));
    }

    @Test
    void anUpsetMovesMoreThanAnExpectedWin() {
        // 1400 beats 1600: expected score 1 / (1 + 10^(200/400)) = 0.2403, so +32 × 0.7597 = +24.31
        double[] after = elo.update(new double[] {1400, 1600}, new int[] {1, 2});
        assertThat(after[0]).isCloseTo(1424.31, within(0.01));
        assertThat(after[1]).isCloseTo(1575.69, within(0.01));
    }

    @Test
    void aFourPlayerGameSharesKOverThePairingsAndKeepsTheSum() {
        // Equal ratings: winner beats 3 (3 × 0.5 above expectation) × 32 / 3 = +16; last −16; middle ±5.33
        double[] after = elo.update(new double[] {1500, 1500, 1500, 1500}, new int[] {1, 2, 3, 4});
        assertThat(after).containsExactly(new double[] {1516, 1505.333, 1494.667, 1484}, within(0.001));
        assertThat(after[0] + after[1] + after[2] + after[3]).isCloseTo(6000, within(1e-9));
    }

    @Test
    void aTieIsADrawAndASoloGameChangesNothing() {
        assertThat(elo.update(new double[] {1500, 1500}, new int[] {1, 1})).containsExactly(1500, 1500);
        assertThat(elo.update(new double[] {1500}, new int[] {1})).containsExactly(1500);
    }

    @Test
    void tiedTotalsShareTheBetterPlace() {
        List<RankedResult> ranked =
                GameOutcome.rank(List.of(player("a", 900), player("b", 1200), player("c", 1200), player("d", 300)));
        assertThat(ranked)
                .extracting(r -> r.result().playerId() + "#" + r.rank())
                .containsExactly("b#1", "c#1", "a#3", "d#4");
        assertThat(ranked).filteredOn(RankedResult::won).hasSize(2);
        assertThat(ranked).filteredOn(RankedResult::podium).hasSize(3);
    }

    private static PlayerTally player(String id, long score) {
        return new PlayerTally(id, id, score, AnswerStats.NONE);
    }
}

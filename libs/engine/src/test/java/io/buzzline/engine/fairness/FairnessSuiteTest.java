package io.buzzline.engine.fairness;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fairness simulation at small sizes (seconds): every model runs through the real engine, and what
 * the README claims about the rule is checked against it. Seeded; nothing here measures time. The bigger
 * run behind the README's table is {@link FairnessReportTest}.
 */
class FairnessSuiteTest {

    static final long SEED = 20_261_125L;
    private static final int RACES = 2_000;

    private final FairnessSimulation simulation = new FairnessSimulation();

    @Test
    void theReadmeFigureReproducesUnderTheReadmeModelAtItsStatedSize() {
        Tally t = simulation.run(Scenarios.README, 4_000, SEED);

        assertThat(t.decided(30)).isEqualTo(3_146);
        assertThat(t.engineWins(30)).isCloseTo(0.994, within(0.003));
        assertThat(t.arrivalWins(30)).isCloseTo(0.784, within(0.01));
    }

    @Test
    void everyModelRunsAndTheEngineAppliesExactlyTheDocumentedRule() {
        List<FairnessTable.Row> rows = Scenarios.all().stream()
                .map(s -> new FairnessTable.Row(s, simulation.run(s, RACES, SEED)))
                .toList();
        System.out.printf(
                "Fairness simulation, %,d races per model, seed %d%n%s", RACES, SEED, FairnessTable.format(rows));

        for (FairnessTable.Row row : rows) {
            assertThat(row.tally().races()).as(row.scenario().name()).isEqualTo(RACES);
            assertThat(row.tally().referenceDisagreements())
                    .as(row.scenario().name())
                    .isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        var once = FairnessTable.format(List.of(row(Scenarios.MOBILE, SEED)));
        var twice = FairnessTable.format(List.of(row(Scenarios.MOBILE, SEED)));
        var other = FairnessTable.format(List.of(row(Scenarios.MOBILE, SEED + 1)));

        assertThat(twice).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    @Test
    void withoutJitterAndWithAnExactRoundTripEveryLeadIsDecidedCorrectly() {
        Tally t = simulation.run(Scenarios.EXACT, RACES, SEED);

        assertThat(t.decided(1)).isGreaterThan(RACES * 9L / 10);
        assertThat(t.engineWins(1)).isEqualTo(1.0);
    }

    @Test
    void theEngineBeatsArrivalOrderOnHonestNetworks() {
        for (Scenario s : List.of(Scenarios.README, Scenarios.MOBILE, scenario("Pareto"), scenario("asymmetric"))) {
            Tally t = simulation.run(s, RACES, SEED);
            assertThat(t.engineWins(30)).as(s.name()).isGreaterThan(t.arrivalWins(30));
        }
    }

    @Test
    void onlyTheSumOfTheTwoLegsCountsSoAsymmetricPathsCostNothing() {
        Tally even = simulation.run(Scenarios.MOBILE, RACES, SEED);
        Tally asymmetric = simulation.run(scenario("asymmetric"), RACES, SEED);

        assertThat(asymmetric.engineWins(30)).isCloseTo(even.engineWins(30), within(0.02));
    }

    @Test
    void whenEveryLinkIsSlowerThanTwiceTheCapTheRuleIsArrivalOrder() {
        Tally t = simulation.run(scenario("slow links"), RACES, SEED);

        // Everyone gets the full credit, so the key is receive time − 300 ms: arrival order, but for
        // same-millisecond arrivals (broken by hash) and buzzes a jitter spike pushed past the window.
        for (long lead : FairnessTable.LEADS) {
            assertThat(t.engineWins(lead)).as("lead %d", lead).isCloseTo(t.arrivalWins(lead), within(0.005));
        }
    }

    @Test
    void aPongDelayingCheaterGainsItsDelayUpToTwiceTheCapLessItsRoundTrip() {
        long twiceCap = 2 * EngineRace.settings().oneWayCap().toMillis();

        assertThat(simulation.run(scenario("delays pongs 100"), RACES, SEED).medianCheaterGain())
                .isBetween(90L, 100L);
        assertThat(simulation.run(scenario("delays pongs 200"), RACES, SEED).medianCheaterGain())
                .isBetween(150L, 200L);
        assertThat(simulation.run(scenario("forges"), RACES, SEED).medianCheaterGain())
                .isPositive()
                .isLessThanOrEqualTo(twiceCap);
    }

    @Test
    void deliveryStampsTakeTheFanOutSpreadOutOfTheRace() {
        Tally spread = simulation.run(scenario("fan-out"), RACES, SEED);
        Tally honest = simulation.run(Scenarios.MOBILE, RACES, SEED);
        Tally unstamped = simulation.run(scenario("fan-out"), RACES, SEED, SimulatedRule.UNSTAMPED);

        // Ranked from when each player's question was written, not from when it opened: the 0-200 ms spread
        // of a 10,000-player fan-out costs about what the mobile mix alone does (the window still opens at
        // the first buzz, which shuts out a few late receivers).
        assertThat(spread.engineWins(30)).isCloseTo(honest.engineWins(30), within(0.02));
        assertThat(spread.engineWins(30)).isGreaterThan(unstamped.proposalWins(30) + 0.05);
    }

    @Test
    void theProposalRemovesWhatItMeasuresTheCheatersCredit() {
        for (String name : List.of("delays pongs 200", "forges")) {
            Tally t = simulation.run(scenario(name), RACES, SEED);
            Tally honest = simulation.run(Scenarios.MOBILE, RACES, SEED);
            assertThat(t.proposalWins(30)).as(name).isGreaterThan(t.engineWins(30));
            assertThat(t.proposalWins(30)).as(name).isCloseTo(honest.engineWins(30), within(0.02));
        }
    }

    @Test
    void onTheMobileMixALargerCapWinsBackTheCongestedPaths() {
        Tally engine = simulation.run(Scenarios.MOBILE, RACES, SEED);
        Tally cap200 = simulation.run(Scenarios.MOBILE, RACES, SEED, SimulatedRule.VARIANTS.get(1));

        assertThat(cap200.proposalWins(30)).isGreaterThan(engine.engineWins(30));
        assertThat(VariantTable.scenarios()).hasSize(4);
    }

    private FairnessTable.Row row(Scenario s, long seed) {
        return new FairnessTable.Row(s, simulation.run(s, RACES, seed));
    }

    private static Scenario scenario(String nameContains) {
        return Scenarios.all().stream()
                .filter(s -> s.name().contains(nameContains))
                .findFirst()
                .orElseThrow();
    }
}

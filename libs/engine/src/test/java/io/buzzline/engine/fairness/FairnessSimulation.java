package io.buzzline.engine.fairness;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.buzzline.engine.FairBuzzer;

/**
 * Runs a model's races: draws each race's contenders from a seeded generator, asks the real engine for
 * its verdict, and records who arrival order, the documented rule and the proposal would have picked.
 * Each model gets its own generator from the seed, so its figures do not depend on the other models.
 */
public final class FairnessSimulation {

    private final EngineRace engine = new EngineRace();

    public Tally run(Scenario scenario, int races, long seed) {
        return run(scenario, races, seed, SimulatedRule.PROPOSAL);
    }

    /** The same races, with {@code alternative} (a rule that is not the engine's) in the proposal column. */
    public Tally run(Scenario scenario, int races, long seed, SimulatedRule alternative) {
        Random random = new Random(seed);
        Tally tally = new Tally();
        for (int i = 0; i < races; i++) {
            tally.add(race(scenario.race(random), alternative));
        }
        return tally;
    }

    RaceRecord race(List<Contender> contenders, SimulatedRule alternative) {
        List<Contender> byReaction = contenders.stream()
                .sorted(Comparator.comparingLong(Contender::reactionMillis))
                .toList();
        String fastest = byReaction.getFirst().playerId();
        long lead = byReaction.get(1).reactionMillis() - byReaction.getFirst().reactionMillis();
        Optional<String> engineWinner = engine.winner(contenders);
        String firstArrival = contenders.stream()
                .min(Comparator.comparingLong(Contender::arrivalMillis))
                .orElseThrow()
                .playerId();
        var reference = SimulatedRule.DOCUMENTED.verdict(contenders);
        boolean disagrees =
                switch (reference) {
                    case SimulatedRule.Winner w -> !engineWinner.equals(Optional.of(w.playerId()));
                    case SimulatedRule.NoWinner n -> engineWinner.isPresent();
                    case SimulatedRule.Undecided u -> false;
                };
        boolean proposalRight = alternative.verdict(contenders) instanceof SimulatedRule.Winner w
                && w.playerId().equals(fastest);
        return new RaceRecord(
                lead,
                engineWinner.equals(Optional.of(fastest)),
                firstArrival.equals(fastest),
                proposalRight,
                disagrees,
                cheaterGain(contenders));
    }

    /** How much earlier the cheater's ranking key was than honest pongs would have made it. */
    private static long cheaterGain(List<Contender> contenders) {
        var cap = EngineRace.settings().oneWayCap();
        return contenders.stream()
                .filter(Contender::cheats)
                .mapToLong(c -> 2
                        * (FairBuzzer.oneWayEstimateMillis(c.measuredRttMillis(), cap)
                                - FairBuzzer.oneWayEstimateMillis(c.honestRttMillis(), cap)))
                .sum();
    }
}

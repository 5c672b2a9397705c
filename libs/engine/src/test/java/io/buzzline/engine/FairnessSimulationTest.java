package io.buzzline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.PressBuzz;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.RoundMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulated buzzer races through the real engine: players with round trips of 20–300 ms, 0–25 ms of
 * jitter on each leg, round-trip estimates off by up to ±15 ms, and reaction times of 180–700 ms.
 * Seeded, so every run is the same; it prints the engine's and plain arrival order's win rates.
 */
class FairnessSimulationTest {

    private static final int RACES = 4_000;
    private static final long SEED = 20_261_125L;

    /** One player in one race: true latencies, what the gateway measured, and when they reacted. */
    private record Racer(
            String playerId, long downMillis, long upMillis, long measuredRttMillis, long reactionMillis) {}

    private record Result(int decidedRaces, int compensatedWins, int arrivalWins) {}

    @Test
    void compensationLetsTheTrulyFastestPlayerWin() {
        Result result = simulate(new Random(SEED));

        double compensated = (double) result.compensatedWins() / result.decidedRaces();
        double arrival = (double) result.arrivalWins() / result.decidedRaces();
        System.out.printf(
                "Fairness simulation (seed %d): %d races with the fastest reaction ahead by >= 30 ms%n"
                        + "  compensated (engine rule): fastest player won %.1f%%%n"
                        + "  plain arrival order:       fastest player won %.1f%%%n",
                SEED, result.decidedRaces(), compensated * 100, arrival * 100);
        assertThat(compensated).isGreaterThanOrEqualTo(0.95);
        assertThat(compensated).isGreaterThan(arrival);
    }

    private static Result simulate(Random random) {
        int decided = 0;
        int compensatedWins = 0;
        int arrivalWins = 0;
        for (int race = 0; race < RACES; race++) {
            List<Racer> racers = racers(random, 2 + random.nextInt(5));
            List<Racer> byReaction = racers.stream()
                    .sorted(Comparator.comparingLong(Racer::reactionMillis))
                    .toList();
            if (byReaction.get(1).reactionMillis() - byReaction.get(0).reactionMillis() < 30) {
                continue;
            }
            decided++;
            String fastest = byReaction.getFirst().playerId();
            if (engineWinner(racers).equals(fastest)) {
                compensatedWins++;
            }
            Racer firstArrival = racers.stream()
                    .min(Comparator.comparingLong(FairnessSimulationTest::arrivalMillis))
                    .orElseThrow();
            if (firstArrival.playerId().equals(fastest)) {
                arrivalWins++;
            }
        }
        return new Result(decided, compensatedWins, arrivalWins);
    }

    private static List<Racer> racers(Random random, int count) {
        List<Racer> racers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long rtt = 20 + random.nextInt(281);
            long down = rtt / 2 + random.nextInt(26); // 0–25 ms jitter on each leg
            long up = rtt - rtt / 2 + random.nextInt(26);
            long measured = Math.max(0, rtt + random.nextInt(31) - 15); // the ping estimate is off by ±15 ms
            long reaction = 180 + random.nextInt(521);
            racers.add(new Racer("p" + i, down, up, measured, reaction));
        }
        return racers;
    }

    private static long arrivalMillis(Racer racer) {
        return racer.downMillis() + racer.reactionMillis() + racer.upMillis();
    }

    /** Feeds the buzzes to the engine in arrival order and returns who the window is awarded to. */
    private static String engineWinner(List<Racer> racers) {
        Games game = Games.started(Games.settings(RoundMode.BUZZER), racers.size());
        Instant opensAt = game.now();
        List<Racer> byArrival = racers.stream()
                .sorted(Comparator.comparingLong(FairnessSimulationTest::arrivalMillis))
                .toList();
        for (Racer racer : byArrival) {
            Instant receivedAt = opensAt.plusMillis(arrivalMillis(racer));
            game.advance(Duration.between(game.now(), receivedAt));
            var command = new PressBuzz(racer.playerId(), game.questionId(), receivedAt, racer.measuredRttMillis());
            if (GameEngine.decide(game.state(), command, game.now()) instanceof Decision.Accepted) {
                game.accept(command);
            }
        }
        return ((BuzzerAwarded) game.fireDeadline().getFirst()).playerId();
    }
}

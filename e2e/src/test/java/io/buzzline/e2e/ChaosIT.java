package io.buzzline.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.client.Bot;
import io.buzzline.bots.client.BotRecord;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.e2e.support.Infrastructure;
import io.buzzline.e2e.support.Platform;
import io.buzzline.e2e.support.PlatformExtension;
import io.buzzline.e2e.support.RunningPlatform;
import io.buzzline.e2e.support.Table;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.testing.redis.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 in the middle of a question, one component at a time, on a platform of two match, two
 * gateway and two scoring instances: the owning match instance, a gateway holding players, a scoring
 * instance, and Redis itself (restarted from its AOF; on a Redis Cluster, the master of the game's slot). Each
 * time the game must complete and pass every
 * check of GameChecks (nothing acknowledged lost, nothing twice, every record agrees); the report in
 * {@code target/e2e-report.md} says what happened and what, if anything, was lost and why.
 */
@ExtendWith(PlatformExtension.class)
class ChaosIT {

    private static final Duration GAME_TIMEOUT = Duration.ofSeconds(120);
    private static final BotTraits PLAYERS = new BotTraits(0.7, Duration.ofMillis(200), Duration.ofMillis(900), 1.0);
    /** Both modes in one game; the disruption lands in the second CLASSIC question. */
    private static final GameSpec BOTH_MODES = new GameSpec(
            List.of(new GameSpec.Round(RoundMode.CLASSIC, 2, 10), new GameSpec.Round(RoundMode.BUZZER, 2, 10)),
            50,
            "en",
            List.of(RunningPlatform.CATEGORY));

    @Test
    void theOwningMatchInstanceKilledMidQuestion(RunningPlatform running) throws Exception {
        Platform platform = running.platform();
        try (Table table = midQuestion(running, 21)) {
            String owner = running.checks().log().owner(table.gameId());
            String label = platform.matchLabel(owner);
            long killedAt = System.nanoTime();
            platform.kill(label);
            String successor = await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> running.checks().log().owner(table.gameId()), now -> !owner.equals(now));
            long takeover = (System.nanoTime() - killedAt) / 1_000_000;
            finish(
                    running,
                    table,
                    "match owner killed",
                    List.of("killed " + label + " (instance " + owner + ", the game's owner) with SIGKILL mid-question;"
                            + " " + successor + " owned the game " + takeover + " ms later"));
        }
    }

    @Test
    void aGatewayHoldingPlayersKilledMidQuestion(RunningPlatform running) throws Exception {
        Platform platform = running.platform();
        String victim = "gateway-a";
        int port = URI.create(platform.url(victim)).getPort();
        try (Table table = midQuestion(running, 22)) {
            List<Bot> held = table.all().stream()
                    .filter(bot -> bot.gateway().getPort() == port)
                    .toList();
            assertThat(held).as("bots connected to " + victim).isNotEmpty();
            platform.kill(victim);
            finish(
                    running,
                    table,
                    "gateway killed",
                    List.of("killed " + victim + " with SIGKILL mid-question while it" + " held "
                            + held.stream().map(Bot::name).toList()));
            for (Bot bot : held) {
                List<BotRecord.Welcomed> welcomes = bot.record().welcomes();
                assertThat(welcomes).as("%s resumed", bot.name()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(URI.create(welcomes.get(1).gateway()).getPort())
                        .as("%s resumed on the other gateway", bot.name())
                        .isNotEqualTo(port);
                RunningPlatform.report(
                        "- " + bot.name() + " resumed at " + welcomes.get(1).gateway() + " after sequence "
                                + welcomes.get(1).deliveredFrom());
            }
        }
    }

    @Test
    void aScoringInstanceKilledMidQuestion(RunningPlatform running) throws Exception {
        try (Table table = midQuestion(running, 23)) {
            running.platform().kill("scoring-a");
            finish(
                    running,
                    table,
                    "scoring instance killed",
                    List.of("killed scoring-a with SIGKILL mid-question; scoring-b claims what it left pending after"
                            + " claim-min-idle (3 s here)"));
        }
    }

    @Test
    void redisKilledAndRestartedFromItsAppendOnlyFile(RunningPlatform running) throws Exception {
        Infrastructure infrastructure = running.platform().infrastructure();
        try (Table table = midQuestion(running, 24)) {
            long killedAt = System.nanoTime();
            if (infrastructure.redisCluster() == null) {
                infrastructure.redis().restart();
                long down = (System.nanoTime() - killedAt) / 1_000_000;
                finish(
                        running,
                        table,
                        "Redis restarted",
                        List.of(
                                "killed redis-server with SIGKILL mid-question and started it again on its AOF"
                                        + " (appendfsync everysec) in " + down + " ms",
                                "loss window: Redis write()s the AOF before it replies, so a killed process loses"
                                        + " nothing it acknowledged (the kernel still has it); an OS crash or power cut"
                                        + " could lose up to the last ~1 s of writes, which this test cannot simulate."
                                        + " Anything lost here would fail the checks below"));
            } else {
                // On a cluster (-DBUZZLINE_E2E_REDIS=cluster) the same crash hits the master of the game's slot:
                // its replica takes the slot over, and the old master comes back as the replica.
                RedisServer master = infrastructure
                        .redisCluster()
                        .masterOf(new RedisNames(infrastructure.keyPrefix())
                                .game(table.gameId())
                                .log());
                master.kill();
                finish(
                        running,
                        table,
                        "Redis master of the game's slot killed",
                        List.of(
                                "killed the master (:" + master.port() + ") of the game's slot with SIGKILL"
                                        + " mid-question; its replica took the slot over",
                                "loss window: replication is asynchronous, so a write the master acknowledged but"
                                        + " had not sent to its replica dies with it (microseconds on loopback);"
                                        + " anything lost here would fail the checks below"));
                infrastructure.restoreRedis();
            }
        }
    }

    /** Starts a game and returns once its second question is showing, answers on their way. */
    private static Table midQuestion(RunningPlatform running, long seed) {
        Table table = Table.play(running.platform(), BOTH_MODES, 4, PLAYERS, seed);
        await().atMost(GAME_TIMEOUT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> table.host().record().events().stream()
                                .filter(event -> event.type() == EventType.QUESTION_SHOWN)
                                .count()
                        >= 2);
        return table;
    }

    private static void finish(RunningPlatform running, Table table, String name, List<String> what) throws Exception {
        table.awaitEnd(GAME_TIMEOUT);
        RunningPlatform.report("## chaos: " + name + " — game " + table.gameId());
        what.forEach(line -> RunningPlatform.report("- " + line));
        running.checks().verify(table).forEach(line -> RunningPlatform.report("- " + line));
    }
}

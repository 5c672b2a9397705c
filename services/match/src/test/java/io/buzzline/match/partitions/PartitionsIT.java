package io.buzzline.match.partitions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundMode;
import io.buzzline.events.wire.Partitions;
import io.buzzline.match.ownership.Rendezvous;
import io.buzzline.match.support.MatchDriver;
import io.buzzline.match.support.MatchProcesses;
import io.buzzline.match.support.TestGames;
import io.buzzline.testing.content.ContentStandIn;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.buzzline.match.support.MatchProcesses.metric;
import static io.buzzline.match.support.MatchProcesses.owner;
import static io.buzzline.match.support.MatchProcesses.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two match instances as processes of the packaged jar, one key prefix: they split the command stream's
 * partitions (every partition read, by one instance each), so the commands they decode add up to the
 * commands sent, not commands × instances (issue 20's decode amplification); each game is owned by the
 * reader of its partition. Then one stops: the other reads every partition, takes its games over and
 * carries on with them.
 */
class PartitionsIT {

    private static final int GAMES = 12;
    private static final String READ = "buzzline_redis_streams_messages_in_total";
    private static final String READING = "buzzline_redis_streams_partitions_reading";

    private final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final String redisUrl = System.getenv().getOrDefault("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");

    @Test
    void instancesSplitThePartitionsDecodeEachCommandOnceAndHandThemOverOnStop() throws Exception {
        TokenKeysTestResource keys = new TokenKeysTestResource();
        try (ContentStandIn content = new ContentStandIn();
                MatchDriver match = new MatchDriver(redisUrl, prefix)) {
            Map<String, String> env = MatchProcesses.environment(redisUrl, prefix, content, keys);
            try (ServiceProcess a = start("match-a", env);
                    ServiceProcess b = start("match-b", env)) {
                int count = Partitions.DEFAULT.count();
                // Until each reads exactly its share: one giving a partition away reads it until its blocked
                // read (block-ms) returns, so the reads settle a moment after the assignment does.
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    assertThat(gauge(a) + gauge(b))
                            .as("partitions read, summed")
                            .isEqualTo(count);
                    assertThat(gauge(a)).as("match-a's share").isPositive();
                    assertThat(gauge(b)).as("match-b's share").isPositive();
                    assertThat(intake(a, READING) + intake(b, READING))
                            .as("partitions being read, summed")
                            .isEqualTo((double) count);
                });
                System.out.printf("PartitionsIT: match-a reads %d partitions, match-b %d%n", gauge(a), gauge(b));

                double readBefore = intake(a, READ) + intake(b, READ);
                long streamedBefore = match.redis().commandCount(prefix);
                List<String> games = new ArrayList<>();
                for (int i = 0; i < GAMES; i++) {
                    String gameId = "g-" + UUID.randomUUID();
                    games.add(gameId);
                    match.send(
                            gameId,
                            new CreateGame(
                                    TestGames.HOST, TestGames.settings(3, Duration.ofSeconds(20), RoundMode.CLASSIC)));
                    match.send(gameId, new JoinGame("p1", "Ada", null));
                    match.send(gameId, new JoinGame("p2", "Bob", null));
                }
                for (String gameId : games) {
                    match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);
                    match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
                }
                long streamed = match.redis().commandCount(prefix) - streamedBefore;
                assertThat(streamed).isGreaterThanOrEqualTo(3L * GAMES);
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(intake(a, READ) + intake(b, READ) - readBefore)
                                .as("commands decoded by both instances together")
                                .isEqualTo((double) streamed));
                System.out.printf(
                        "PartitionsIT: %d commands sent, %d decoded by match-a, %d by match-b%n",
                        streamed, (long) intake(a, READ), (long) intake(b, READ));

                List<String> members = List.of(a.label(), b.label());
                List<String> ownedByB = new ArrayList<>();
                for (String gameId : games) {
                    int partition = Partitions.DEFAULT.of(gameId);
                    String reader =
                            Rendezvous.assigned(a.label(), members, count).contains(partition) ? a.label() : b.label();
                    assertThat(owner(match, gameId))
                            .as("owner of %s (partition %d)", gameId, partition)
                            .isEqualTo(reader);
                    if (reader.equals(b.label())) {
                        ownedByB.add(gameId);
                    }
                }

                // match-b stops cleanly: match-a reads every partition and carries on with match-b's games.
                b.stop(Duration.ofSeconds(20));
                await().atMost(Duration.ofSeconds(10)).until(() -> gauge(a) == count);
                for (String gameId : ownedByB) {
                    match.send(gameId, new JoinGame("p3", "Cy", null));
                }
                for (String gameId : ownedByB) {
                    match.awaitEvent(gameId, EventType.PLAYER_JOINED, 3);
                    assertThat(owner(match, gameId)).isEqualTo(a.label());
                }
                System.out.printf("PartitionsIT: %d of %d games moved to match-a%n", ownedByB.size(), GAMES);
            }
        } finally {
            keys.stop();
            try (var redis = new io.buzzline.testing.redis.RedisCommands(redisUrl)) {
                redis.deleteByPrefix(prefix);
            }
        }
    }

    private static int gauge(ServiceProcess instance) throws Exception {
        return (int) metric(instance, "buzzline_match_partitions", "");
    }

    /** Summed over the intake's partitions: the connector's meters carry one series per partition's stream. */
    private static double intake(ServiceProcess instance, String name) throws Exception {
        return metric(instance, name, "channel=\"match-commands\"");
    }
}

package io.buzzline.match.failover;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.EventType;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
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
 * Two match instances as separate processes of the packaged jar, one Redis key prefix: the owner of a
 * game is killed with SIGKILL in the middle of a question; the other takes the game over, the game
 * finishes on its timers, and the log holds every acknowledged command's events exactly once, gap-free.
 */
class FailoverIT {

    private final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final String redisUrl = System.getenv().getOrDefault("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");

    @Test
    void theSurvivorTakesTheGameOverAndFinishesIt() throws Exception {
        String gameId = "g-" + UUID.randomUUID();
        TokenKeysTestResource keys = new TokenKeysTestResource();
        try (ContentStandIn content = new ContentStandIn();
                MatchDriver match = new MatchDriver(redisUrl, prefix)) {
            Map<String, String> env = MatchProcesses.environment(redisUrl, prefix, content, keys);
            try (ServiceProcess a = start("match-a", env);
                    ServiceProcess b = start("match-b", env)) {
                Map<String, ServiceProcess> instances = Map.of(a.label(), a, b.label(), b);

                match.send(
                        gameId,
                        new CreateGame(
                                TestGames.HOST, TestGames.settings(3, Duration.ofMillis(1500), RoundMode.CLASSIC)));
                match.send(gameId, new JoinGame("p1", "Ada", null));
                match.send(gameId, new JoinGame("p2", "Bob", null));
                match.awaitEvent(gameId, EventType.QUESTIONS_LOADED);
                match.awaitEvent(gameId, EventType.PLAYER_JOINED, 2);
                match.send(gameId, new StartGame(TestGames.HOST));
                var question = (QuestionShown)
                        match.awaitEvent(gameId, EventType.QUESTION_SHOWN).event();
                String before = match.send(gameId, new SubmitAnswer("p1", question.questionId(), "B", Instant.now()));
                match.awaitEvent(gameId, EventType.ANSWER_SUBMITTED);

                // Mid-question: kill the owner, and send the other answer while nobody owns the game.
                String owner = owner(match, gameId);
                ServiceProcess survivor = owner.equals(a.label()) ? b : a;
                long killedAt = System.nanoTime();
                instances.get(owner).kill();
                String during = match.send(gameId, new SubmitAnswer("p2", question.questionId(), "A", Instant.now()));

                await().atMost(Duration.ofSeconds(10))
                        .until(() -> survivor.label().equals(owner(match, gameId)));
                long takeoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
                System.out.printf(
                        "FailoverIT: %s took game %s over %d ms after the kill%n",
                        survivor.label(), gameId, takeoverMillis);
                // What the dashboards and the takeover alert read (docs/operations.md).
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> metric(survivor, "buzzline_match_takeovers_total", "") >= 1
                                && metric(survivor, "buzzline_match_takeover_duration_seconds_count", "") >= 1);

                var ended = (GameEnded)
                        match.awaitEvent(gameId, EventType.GAME_ENDED).event();
                assertThat(ended.reason()).isEqualTo(GameEnded.Reason.COMPLETED);

                List<MatchDriver.Logged> log = match.entries(gameId);
                for (int i = 0; i < log.size(); i++) {
                    assertThat(log.get(i).event().sequence())
                            .as("gap-free at %d", i)
                            .isEqualTo(i + 1L);
                }
                assertExactlyOnce(log);
                assertThat(log).extracting(MatchDriver.Logged::commandId).contains(before, during);
                assertThat(log.stream()
                                .map(MatchDriver.Logged::event)
                                .filter(e -> e.type() == EventType.ANSWER_SUBMITTED))
                        .hasSize(2);
            }
        } finally {
            keys.stop();
            try (var redis = new io.buzzline.testing.redis.RedisCommands(redisUrl)) {
                redis.deleteByPrefix(prefix);
            }
        }
    }

    /** Each command's events form one contiguous run: no command was applied twice. */
    private static void assertExactlyOnce(List<MatchDriver.Logged> log) {
        Map<String, Integer> runs = new HashMap<>();
        String previous = null;
        for (MatchDriver.Logged entry : log) {
            if (!entry.commandId().equals(previous)) {
                runs.merge(entry.commandId(), 1, Integer::sum);
            }
            previous = entry.commandId();
        }
        assertThat(runs)
                .allSatisfy(
                        (commandId, count) -> assertThat(count).as(commandId).isEqualTo(1));
    }
}

package io.buzzline.profile.grants;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.profile.support.ContentServiceTestResource;
import io.buzzline.profile.support.FinishedGames;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.redis.InjectRedis;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.wallet.EntryReason;
import io.buzzline.wallet.LedgerAudit;
import io.buzzline.wallet.LedgerEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Grants driven by the feed, against the real content service: a finished game's GAME_ENDED, delivered twice,
 * grants each player their result's coins and the reward of the quest the game completed, once each.
 */
@QuarkusTest
@WithTestResource(ContentServiceTestResource.class)
@WithTestResource(FirestoreTestResource.class)
class GameResultGrantsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int QUEST_XP = 25;

    @InjectRedis
    RedisTarget redis;

    @Inject
    WalletService wallets;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = ContentServiceTestResource.CONTENT_URL_PROPERTY)
    String contentUrl;

    private static boolean questCreated;

    @BeforeAll
    static void noQuestYet() {
        questCreated = false;
    }

    /** A daily quest "play one game" worth 25, created in content as an editor would, once per run. */
    private synchronized void playOneGameQuest() throws Exception {
        if (questCreated) {
            return;
        }
        String body = """
                {"title":"Play one","description":"Finish a game","period":"DAILY",
                 "goal":{"type":"PLAY_GAMES","target":1},"reward":{"xp":%d},"startsOn":"%s"}""".formatted(QUEST_XP, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(contentUrl + "/quests"))
                                .header("Authorization", TestTokens.editor())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        questCreated = true;
    }

    private double alreadyGranted() {
        var counter = metrics.find("buzzline.profile.grants")
                .tag("outcome", "already-granted")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aRedeliveredGameEndGrantsEachPlayerOnce() throws Exception {
        playOneGameQuest();
        String game = FinishedGames.newGameId();
        List<String> players = FinishedGames.players(game, 4);
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            EventEnvelope ended = FinishedGames.writeLog(commands, redis, game, players, GameEnded.Reason.COMPLETED);
            FinishedGames.publishEnd(commands, redis, ended);
            // First of four: 10 + 40; second 10 + 20; third 10 + 10; fourth (last) 10; each + the quest's 25.
            Map<String, Long> expected = Map.of(
                    players.get(0), 50L + QUEST_XP,
                    players.get(1), 30L + QUEST_XP,
                    players.get(2), 20L + QUEST_XP,
                    players.get(3), 10L + QUEST_XP);
            await().atMost(TIMEOUT)
                    .untilAsserted(() -> expected.forEach(
                            (player, coins) -> assertThat(wallets.wallet(player).balance())
                                    .as(player)
                                    .isEqualTo(coins)));

            double before = alreadyGranted();
            FinishedGames.publishEnd(commands, redis, ended);
            // Delivered again: every grant finds its entry (4 results, 4 quest rewards), nothing new is written.
            await().atMost(TIMEOUT).until(() -> alreadyGranted() >= before + 8);
        }
        for (String player : players) {
            List<LedgerEntry> ledger = wallets.wholeLedger(player);
            assertThat(ledger).hasSize(2);
            assertThat(ledger.stream().filter(e -> e.reason() instanceof EntryReason.GameResult))
                    .hasSize(1);
            assertThat(ledger.stream().filter(e -> e.reason() instanceof EntryReason.QuestReward))
                    .hasSize(1);
            assertThat(LedgerAudit.findings(wallets.wallet(player), ledger)).isEmpty();
        }
    }

    @Test
    void anAbandonedGameGrantsNothingButTheQuestItCompleted() throws Exception {
        playOneGameQuest();
        String game = FinishedGames.newGameId();
        List<String> players = FinishedGames.players(game, 2);
        try (RedisCommands commands = new RedisCommands(redis.url())) {
            EventEnvelope ended = FinishedGames.writeLog(commands, redis, game, players, GameEnded.Reason.ABANDONED);
            FinishedGames.publishEnd(commands, redis, ended);
        }
        await().atMost(TIMEOUT).untilAsserted(() -> {
            for (String player : players) {
                assertThat(wallets.wholeLedger(player))
                        .singleElement()
                        .extracting(LedgerEntry::reason)
                        .isInstanceOf(EntryReason.QuestReward.class);
            }
        });
    }
}

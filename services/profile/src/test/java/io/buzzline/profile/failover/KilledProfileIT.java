package io.buzzline.profile.failover;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.firestore.Futures;
import io.buzzline.profile.support.ContentServiceTestResource;
import io.buzzline.profile.support.FinishedGames;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.process.ServiceProcess;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;
import io.buzzline.testing.redis.RedisTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 21's acceptance: a profile instance killed (SIGKILL) in the middle of a game's grants loses and
 * duplicates nothing. The packaged profile and content services run as processes; a game of {@value #PLAYERS}
 * players ends; once some of its grants are on the ledger and not all, profile is killed; a new instance claims
 * the entry its dead consumer left pending and grants the rest. Every player then has exactly one entry, of the
 * coins their rank earns.
 */
class KilledProfileIT {

    private static final int PLAYERS = 2_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private final ContentServiceTestResource content = new ContentServiceTestResource();
    private final FirestoreTestResource firestoreResource = new FirestoreTestResource();
    private Map<String, String> config;
    private Map<String, String> profileFirestore;
    private Firestore firestore;

    @BeforeEach
    void platform() {
        config = content.start();
        profileFirestore = firestoreResource.start();
        firestore = FirestoreOptions.newBuilder()
                .setProjectId(profileFirestore.get("quarkus.google.cloud.project-id"))
                .setEmulatorHost(profileFirestore.get("quarkus.google.cloud.firestore.host-override"))
                .build()
                .getService();
    }

    @AfterEach
    void stop() throws Exception {
        firestore.close();
        firestoreResource.stop();
        content.stop();
    }

    private ServiceProcess profile(String label) {
        Map<String, String> env = new HashMap<>();
        env.put("BUZZLINE_REDIS_URL", config.get("quarkus.redis.hosts"));
        env.put("BUZZLINE_REDIS_KEY_PREFIX", config.get(RedisTestResource.KEY_PREFIX_PROPERTY));
        env.put("GOOGLE_CLOUD_PROJECT", profileFirestore.get("quarkus.google.cloud.project-id"));
        env.put("FIRESTORE_EMULATOR_HOST", profileFirestore.get("quarkus.google.cloud.firestore.host-override"));
        env.put("BUZZLINE_TOKEN_PRIVATE_KEY", config.get("smallrye.jwt.sign.key.location"));
        env.put("BUZZLINE_TOKEN_PUBLIC_KEY", config.get("mp.jwt.verify.publickey.location"));
        env.put("BUZZLINE_CONTENT_URL", config.get(ContentServiceTestResource.CONTENT_URL_PROPERTY));
        return ServiceProcess.service("profile")
                .label(label)
                .env(env)
                // Claim a dead consumer's entry after 3 s rather than production's 2 minutes; results only.
                .jvmOptions(
                        "-Xmx256m",
                        "-Dmp.messaging.incoming.match-milestones.claim-min-idle-ms=3000",
                        "-Dmp.messaging.incoming.match-milestones.claim-interval-ms=500",
                        "-Dbuzzline.profile.grants.quest-rewards=false")
                .readyTimeout(Duration.ofSeconds(120))
                .start();
    }

    private long ledgerEntries() {
        return Futures.await(firestore.collectionGroup("ledger").count().get()).getCount();
    }

    @Test
    void aProfileKilledMidGrantLosesAndDuplicatesNothing() throws Exception {
        String game = FinishedGames.newGameId();
        List<String> players = FinishedGames.players(game, PLAYERS);
        RedisTarget redis =
                new RedisTarget(config.get("quarkus.redis.hosts"), config.get(RedisTestResource.KEY_PREFIX_PROPERTY));
        long killedAt;
        try (ServiceProcess victim = profile("profile-victim");
                RedisCommands commands = new RedisCommands(redis.url())) {
            EventEnvelope ended = FinishedGames.writeLog(commands, redis, game, players, GameEnded.Reason.COMPLETED);
            FinishedGames.publishEnd(commands, redis, ended);
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20)).until(() -> ledgerEntries() > 0);
            victim.kill();
            killedAt = ledgerEntries();
        }
        System.out.printf("profile killed with %d of %d grants on the ledger%n", killedAt, PLAYERS);
        assertThat(killedAt).as("killed mid-grant, not after").isLessThan(PLAYERS);

        try (ServiceProcess survivor = profile("profile-survivor")) {
            long started = System.nanoTime();
            await().atMost(TIMEOUT).until(() -> ledgerEntries() >= PLAYERS - 64);
            long most = System.nanoTime();
            await().atMost(TIMEOUT).until(() -> ledgerEntries() >= PLAYERS);
            System.out.printf(
                    "survivor: all but 64 grants %.1f s after its start, all %.1f s (the killed instance's"
                            + " transactions hold their wallets until Firestore expires them)%n",
                    (most - started) / 1e9, (System.nanoTime() - started) / 1e9);
            // Settled: a redelivery that found every entry written adds nothing more.
            await().during(Duration.ofSeconds(2)).atMost(TIMEOUT).until(() -> ledgerEntries() == PLAYERS);
        }

        Set<String> keys = new HashSet<>();
        for (QueryDocumentSnapshot entry :
                Futures.await(firestore.collectionGroup("ledger").get()).getDocuments()) {
            assertThat(keys.add(entry.getId()))
                    .as("entry %s written once", entry.getId())
                    .isTrue();
        }
        assertThat(keys).hasSize(PLAYERS);
        Map<String, Long> balances = new HashMap<>();
        for (QueryDocumentSnapshot wallet :
                Futures.await(firestore.collection("wallets").get()).getDocuments()) {
            assertThat(wallet.getLong("entries")).as(wallet.getId()).isEqualTo(1);
            balances.put(wallet.getId(), wallet.getLong("balance"));
        }
        assertThat(balances).hasSize(PLAYERS);
        for (int i = 0; i < PLAYERS; i++) {
            long expected = 10 + (i == 0 ? 40 : i == 1 ? 20 : i == 2 ? 10 : 0);
            assertThat(balances.get(players.get(i))).as(players.get(i)).isEqualTo(expected);
        }
    }
}

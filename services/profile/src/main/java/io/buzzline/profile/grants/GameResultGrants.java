package io.buzzline.profile.grants;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import com.google.api.core.ApiFuture;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.firestore.Futures;
import io.buzzline.profile.config.ProfileConfig;
import io.buzzline.profile.wallet.GrantOutcome;
import io.buzzline.profile.wallet.WalletService;
import io.buzzline.redis.streams.incoming.Settle;
import io.buzzline.wallet.EntryReason;

/**
 * On GAME_ENDED, grants each player of the game the coins their result earns (and the rewards of quests the
 * game completed): at least once in, exactly once on the ledger. The ranked results come from content's
 * archive, the game's one record of standings; until content has archived the game, the entry is nacked and
 * delivered again later. Each player's grant is its own transaction keyed by game and player, so an instance
 * killed halfway leaves some players granted and the redelivery grants the rest, nobody twice.
 */
@ApplicationScoped
public class GameResultGrants {

    private final ContentClient content;
    private final WalletService wallets;
    private final ProfileConfig.Grants config;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    public GameResultGrants(
            @RestClient ContentClient content, WalletService wallets, ProfileConfig config, Clock clock) {
        this.content = content;
        this.wallets = wallets;
        this.config = config.grants();
        this.clock = clock;
    }

    @Incoming(SharedStream.Channel.MILESTONES)
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return Settle.afterEvent(message, codec, this::grant);
    }

    private void grant(EventEnvelope event) {
        if (!(event.event() instanceof GameEnded)) {
            return;
        }
        long started = clock.millis();
        ContentClient.ArchivedGame game = archived(event.gameId());
        GameEnded.Reason ended = GameEnded.Reason.valueOf(game.endReason());
        int players = game.results().size();
        Semaphore permits = new Semaphore(config.concurrency());
        Map<String, String> failed = new ConcurrentHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ContentClient.Result result : game.results()) {
                executor.submit(() -> {
                    permits.acquireUninterruptibly();
                    Permit permit = new Permit(permits);
                    try {
                        grantOne(game.gameId(), result, players, ended, permit);
                    } catch (RuntimeException e) {
                        failed.put(result.playerId(), String.valueOf(e.getMessage()));
                    } finally {
                        permit.release();
                    }
                });
            }
        }
        if (!failed.isEmpty()) {
            var example = failed.entrySet().iterator().next();
            throw new IllegalStateException("game " + game.gameId() + ": " + failed.size() + " of " + players
                    + " grants did not complete (delivered again later; e.g. " + example.getKey() + ": "
                    + example.getValue() + ")");
        }
        Log.infof(
                "game %s: %d players granted their result in %d ms", game.gameId(), players, clock.millis() - started);
    }

    private void grantOne(
            String gameId, ContentClient.Result result, int players, GameEnded.Reason ended, Permit permit) {
        await(
                wallets.grantGameResult(
                        result.playerId(), new EntryReason.GameResult(gameId, result.rank(), players, ended)),
                permit);
        if (config.questRewards()) {
            for (ContentClient.OfferedQuest offered : content.questProgress(result.playerId())) {
                if (offered.progress() != null && offered.progress().completed()) {
                    await(
                            wallets.grantQuestReward(
                                    result.playerId(),
                                    offered.quest().id(),
                                    offered.windowStart(),
                                    offered.quest().reward().xp()),
                            permit);
                }
            }
        }
    }

    /**
     * Waits for a grant. One slower than the configured timeout gives its permit back and goes on waiting: a
     * profile instance killed mid-grant leaves its transactions holding their players' wallets until Firestore
     * expires them (about a minute), and 32 such grants holding the 32 permits stopped the game's other 1,968
     * for as long (KilledProfileIT: 74 s). Firestore's own transaction deadline bounds the wait.
     */
    private void await(ApiFuture<GrantOutcome> grant, Permit permit) {
        try {
            grant.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (TimeoutException e) {
            permit.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while granting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
        Futures.await(grant);
    }

    /** A permit of the game's concurrency, given back once however often released. */
    private static final class Permit {

        private final Semaphore permits;
        private final AtomicBoolean held = new AtomicBoolean(true);

        Permit(Semaphore permits) {
            this.permits = permits;
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }

    private ContentClient.ArchivedGame archived(String gameId) {
        try {
            return content.game(gameId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new IllegalStateException("game " + gameId + " is not archived by content yet", e);
            }
            throw e;
        }
    }
}

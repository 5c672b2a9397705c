package io.buzzline.profile.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

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
    private final EventCodec codec = new EventCodec();

    public GameResultGrants(@RestClient ContentClient content, WalletService wallets, ProfileConfig config) {
        this.content = content;
        this.wallets = wallets;
        this.config = config.grants();
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
        ContentClient.ArchivedGame game = archived(event.gameId());
        GameEnded.Reason ended = GameEnded.Reason.valueOf(game.endReason());
        int players = game.results().size();
        Semaphore permits = new Semaphore(config.concurrency());
        List<Future<?>> grants = new ArrayList<>(players);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ContentClient.Result result : game.results()) {
                grants.add(executor.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        grantOne(game.gameId(), result, players, ended);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> grant : grants) {
                grant.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while granting game " + game.gameId(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "granting game " + game.gameId() + " failed (delivered again later): "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
        Log.infof("game %s: %d players granted their result", game.gameId(), players);
    }

    private void grantOne(String gameId, ContentClient.Result result, int players, GameEnded.Reason ended) {
        Futures.await(wallets.grantGameResult(
                result.playerId(), new EntryReason.GameResult(gameId, result.rank(), players, ended)));
        if (config.questRewards()) {
            for (ContentClient.OfferedQuest offered : content.questProgress(result.playerId())) {
                if (offered.progress() != null && offered.progress().completed()) {
                    Futures.await(wallets.grantQuestReward(
                            result.playerId(),
                            offered.quest().id(),
                            offered.windowStart(),
                            offered.quest().reward().xp()));
                }
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

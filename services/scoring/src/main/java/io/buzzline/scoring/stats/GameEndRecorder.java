package io.buzzline.scoring.stats;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.vertx.VertxContextSupport;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.leaderboard.LeaderboardStore;
import io.buzzline.scoring.leaderboard.Period;
import io.buzzline.scoring.tally.FinishedTally;
import io.buzzline.scoring.tally.PlayerTally;
import io.buzzline.scoring.tally.TallyStore;

/**
 * At GAME_ENDED: results and player stats into PostgreSQL, the game's totals into the global
 * leaderboards, then the tally is marked ended and set to expire. Every step is idempotent per game,
 * so a redelivered GAME_ENDED runs them all again harmlessly.
 */
@ApplicationScoped
public class GameEndRecorder {

    private static final Map<Period, Duration> BOARD_TTL = Map.of(
            Period.DAILY, Duration.ofDays(8),
            Period.WEEKLY, Duration.ofDays(36),
            Period.ALL_TIME, Duration.ZERO);

    private final TallyStore tallies;
    private final StatsRecorder stats;
    private final LeaderboardStore leaderboards;
    private final Duration retention;

    public GameEndRecorder(
            TallyStore tallies, StatsRecorder stats, LeaderboardStore leaderboards, ScoringConfig config) {
        this.tallies = tallies;
        this.stats = stats;
        this.leaderboards = leaderboards;
        this.retention = config.scoring().endedRetention();
    }

    /** Records the game that {@code envelope} (a GAME_ENDED) ends. */
    public void record(EventEnvelope envelope, GameEnded ended) {
        String gameId = envelope.gameId();
        FinishedTally tally = tallies.finished(gameId);
        if (tally.isEmpty()) {
            Log.debugf("game %s ended without a tally (created before scoring followed the stream)", gameId);
            return;
        }
        FinishedGame game = new FinishedGame(
                gameId, envelope.serverTime(), ended.reason().name(), tally.rulesVersion(), tally.players());
        boolean recorded;
        try {
            recorded = VertxContextSupport.subscribeAndAwait(() -> stats.record(game));
        } catch (Throwable e) {
            throw new IllegalStateException("could not record game " + gameId + ": " + e.getMessage(), e);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (PlayerTally player : tally.players()) {
            totals.put(player.playerId(), player.score());
        }
        for (Period period : Period.values()) {
            leaderboards.addGame(period.boardName(envelope.serverTime()), gameId, totals, BOARD_TTL.get(period));
        }
        tallies.end(gameId, envelope.sequence(), retention);
        if (recorded) {
            Log.infof("game %s recorded: %d players", gameId, tally.players().size());
        }
    }
}

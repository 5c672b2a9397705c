package io.buzzline.scoring.stats;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.repository.GameResultEntity;
import io.buzzline.scoring.repository.GameResultRepository;
import io.buzzline.scoring.repository.PlayerGameEntity;
import io.buzzline.scoring.repository.PlayerGameRepository;
import io.buzzline.scoring.repository.PlayerStatsEntity;
import io.buzzline.scoring.repository.PlayerStatsRepository;
import io.buzzline.scoring.tally.PlayerTally;

/**
 * Records a finished game in PostgreSQL in one transaction: its result, each player's line and the
 * players' updated statistics and ratings. Once per game: a game already recorded is left alone, so a
 * redelivered GAME_ENDED changes nothing.
 */
@ApplicationScoped
public class StatsRecorder {

    private final GameResultRepository games;
    private final PlayerGameRepository lines;
    private final PlayerStatsRepository stats;
    private final EloRating elo;
    private final double initialRating;
    private final Clock clock;

    public StatsRecorder(
            GameResultRepository games,
            PlayerGameRepository lines,
            PlayerStatsRepository stats,
            ScoringConfig config,
            Clock clock) {
        this.games = games;
        this.lines = lines;
        this.stats = stats;
        this.elo = new EloRating(config.scoring().eloK());
        this.initialRating = config.scoring().initialRating();
        this.clock = clock;
    }

    /** Records {@code game} unless it is recorded already; true if recorded now. */
    public Uni<Boolean> record(FinishedGame game) {
        return Panache.withTransaction(() -> games.findById(game.gameId())
                .flatMap(existing -> existing != null ? Uni.createFrom().item(false) : insert(game)));
    }

    private Uni<Boolean> insert(FinishedGame game) {
        List<RankedResult> ranked = GameOutcome.rank(game.players());
        List<String> ids = ranked.stream().map(r -> r.result().playerId()).toList();
        Uni<List<PlayerStatsEntity>> known = ids.isEmpty() ? Uni.createFrom().item(List.of()) : stats.of(ids);
        return known.flatMap(existing -> {
            Map<String, PlayerStatsEntity> byId =
                    existing.stream().collect(Collectors.toMap(s -> s.playerId, Function.identity()));
            double[] before = new double[ranked.size()];
            int[] places = new int[ranked.size()];
            for (int i = 0; i < ranked.size(); i++) {
                PlayerStatsEntity current = byId.get(ids.get(i));
                before[i] = current == null ? initialRating : current.rating;
                places[i] = ranked.get(i).rank();
            }
            double[] after = elo.update(before, places);
            List<PlayerGameEntity> newLines = new ArrayList<>();
            List<PlayerStatsEntity> newStats = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                RankedResult result = ranked.get(i);
                newLines.add(line(game, result, before[i], after[i]));
                PlayerStatsEntity current = byId.get(ids.get(i));
                if (current == null) {
                    current = new PlayerStatsEntity();
                    current.playerId = ids.get(i);
                    newStats.add(current);
                }
                PlayerStatsUpdate.apply(current, game, result, after[i]);
            }
            // Panache fails on an empty batch ("The Uni set is empty"): a game whose players all played
            // before has no new stats rows, and recording it must not fail for that.
            return games.persist(result(game))
                    .chain(() -> newLines.isEmpty() ? Uni.createFrom().voidItem() : lines.persist(newLines))
                    .chain(() -> newStats.isEmpty() ? Uni.createFrom().voidItem() : stats.persist(newStats))
                    .replaceWith(true);
        });
    }

    private GameResultEntity result(FinishedGame game) {
        GameResultEntity entity = new GameResultEntity();
        entity.gameId = game.gameId();
        entity.endedAt = game.endedAt();
        entity.endReason = game.endReason();
        entity.rulesVersion = game.rulesVersion();
        entity.playerCount = game.players().size();
        entity.recordedAt = clock.instant();
        return entity;
    }

    private static PlayerGameEntity line(FinishedGame game, RankedResult ranked, double before, double after) {
        PlayerTally player = ranked.result();
        PlayerGameEntity line = new PlayerGameEntity();
        line.id = PlayerGameEntity.idOf(game.gameId(), player.playerId());
        line.gameId = game.gameId();
        line.playerId = player.playerId();
        line.nickname = player.nickname();
        line.finalRank = ranked.rank();
        line.score = player.score();
        line.answered = player.answers().answered();
        line.correct = player.answers().correct();
        line.reactionTotalMillis = player.answers().reactionTotalMillis();
        line.bestReactionMillis =
                player.answers().bestMillis() < 0 ? null : player.answers().bestMillis();
        line.ratingBefore = before;
        line.ratingAfter = after;
        line.endedAt = game.endedAt();
        return line;
    }
}

package io.buzzline.scoring.rest;

import java.util.List;

import io.buzzline.scoring.repository.GameResultEntity;
import io.buzzline.scoring.repository.PlayerGameEntity;
import io.buzzline.scoring.repository.PlayerStatsEntity;
import io.buzzline.scoring.rest.Views.GameResultsView;
import io.buzzline.scoring.rest.Views.PlayerGameView;
import io.buzzline.scoring.rest.Views.PlayerStatsView;
import io.buzzline.scoring.rest.Views.ResultLineView;

/** Entities to API views; ratings are shown rounded to whole points. */
final class ViewMapping {

    private ViewMapping() {}

    static PlayerStatsView stats(PlayerStatsEntity s) {
        return new PlayerStatsView(
                s.playerId,
                s.nickname,
                s.gamesPlayed,
                s.wins,
                s.podiums,
                s.answered,
                s.correct,
                s.answered == 0 ? 0 : (double) s.correct / s.answered,
                s.answered == 0 ? null : Math.round((double) s.reactionTotalMillis / s.answered),
                s.bestReactionMillis,
                Math.round(s.rating),
                s.lastPlayedAt);
    }

    static PlayerGameView history(PlayerGameEntity g) {
        return new PlayerGameView(
                g.gameId,
                g.endedAt,
                g.finalRank,
                g.score,
                g.answered,
                g.correct,
                g.bestReactionMillis,
                Math.round(g.ratingBefore),
                Math.round(g.ratingAfter));
    }

    static GameResultsView results(GameResultEntity game, List<PlayerGameEntity> players) {
        return new GameResultsView(
                game.gameId,
                game.endedAt,
                game.endReason,
                game.rulesVersion,
                players.stream()
                        .map(p -> new ResultLineView(
                                p.finalRank,
                                p.playerId,
                                p.nickname,
                                p.score,
                                p.answered,
                                p.correct,
                                p.bestReactionMillis,
                                Math.round(p.ratingAfter) - Math.round(p.ratingBefore)))
                        .toList());
    }
}

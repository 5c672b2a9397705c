package io.buzzline.scoring.stats;

import io.buzzline.scoring.repository.PlayerStatsEntity;
import io.buzzline.scoring.tally.AnswerStats;

/** Folds one finished game into a player's long-term statistics. */
final class PlayerStatsUpdate {

    private PlayerStatsUpdate() {}

    static void apply(PlayerStatsEntity stats, FinishedGame game, RankedResult result, double ratingAfter) {
        AnswerStats answers = result.result().answers();
        stats.nickname = result.result().nickname();
        stats.gamesPlayed++;
        stats.wins += result.won() ? 1 : 0;
        stats.podiums += result.podium() ? 1 : 0;
        stats.answered += answers.answered();
        stats.correct += answers.correct();
        stats.reactionTotalMillis += answers.reactionTotalMillis();
        if (answers.bestMillis() >= 0
                && (stats.bestReactionMillis == null || answers.bestMillis() < stats.bestReactionMillis)) {
            stats.bestReactionMillis = answers.bestMillis();
        }
        stats.rating = ratingAfter;
        if (stats.lastPlayedAt == null || game.endedAt().isAfter(stats.lastPlayedAt)) {
            stats.lastPlayedAt = game.endedAt();
        }
    }
}

package io.buzzline.scoring.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the REST API returns; distinct from the entities and the domain types. */
public final class Views {

    private Views() {}

    /** One place on a leaderboard. */
    @Schema(name = "Standing")
    public record StandingView(
            @Schema(description = "1-based; equal scores share the better rank", examples = "37")
            long rank,

            @Schema(examples = "p-7f3a") String playerId,
            @Schema(examples = "1250") long score) {}

    /** A page of a leaderboard, best first. */
    @Schema(name = "Leaderboard")
    public record LeaderboardView(
            @Schema(
                    description = "Which board: game:<id>, day:<date>, week:<year>-W<nn> or all",
                    examples = "day:2026-11-25")
            String board,

            @Schema(description = "Players on the board", examples = "120")
            long players,

            List<StandingView> standings) {}

    /** A player's place with the places just above and below. */
    @Schema(name = "Neighbourhood")
    public record NeighbourhoodView(
            String board,
            StandingView you,

            @Schema(description = "The place just above; absent for the leader", nullable = true)
            StandingView ahead,

            @Schema(description = "The place just below; absent for the last", nullable = true)
            StandingView behind,

            @Schema(description = "Points to draw level with the place above (0 for the leader)", examples = "120")
            long pointsBehind,

            long players) {}

    /** A player's long-term statistics. */
    @Schema(name = "PlayerStats")
    public record PlayerStatsView(
            String playerId,
            @Schema(nullable = true) String nickname,
            int gamesPlayed,
            int wins,

            @Schema(description = "Games finished in the top three")
            int podiums,

            int answered,
            int correct,

            @Schema(description = "correct / answered, 0 without answers", examples = "0.75")
            double accuracy,

            @Schema(description = "Mean response time over every answer", nullable = true)
            Long averageReactionMillis,

            @Schema(nullable = true) Long bestReactionMillis,

            @Schema(description = "Multiplayer Elo; 1500 to start", examples = "1532")
            long rating,

            Instant lastPlayedAt) {}

    /** One finished game in a player's history. */
    @Schema(name = "PlayerGame")
    public record PlayerGameView(
            String gameId,
            Instant endedAt,
            int rank,
            long score,
            int answered,
            int correct,
            @Schema(nullable = true) Long bestReactionMillis,
            long ratingBefore,
            long ratingAfter) {}

    /** A page of a player's history, most recent first. */
    @Schema(name = "PlayerHistory")
    public record PlayerHistoryView(String playerId, long total, int offset, List<PlayerGameView> games) {}

    /** One player's line in a game's results. */
    @Schema(name = "ResultLine")
    public record ResultLineView(
            int rank,
            String playerId,
            @Schema(nullable = true) String nickname,
            long score,
            int answered,
            int correct,
            @Schema(nullable = true) Long bestReactionMillis,

            @Schema(description = "Rating after the game minus before", examples = "12")
            long ratingChange) {}

    /** A finished game's results, best first. */
    @Schema(name = "GameResults")
    public record GameResultsView(
            String gameId,
            Instant endedAt,
            @Schema(examples = "COMPLETED") String endReason,
            @Schema(examples = "V1") String rulesVersion,
            List<ResultLineView> players) {}
}

package io.buzzline.scoring.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One player's result in one finished game: a line of the game's results and of the player's history. */
@Entity
@Table(name = "player_game")
public class PlayerGameEntity {

    @Id
    public String id;

    @Column(name = "game_id")
    public String gameId;

    @Column(name = "player_id")
    public String playerId;

    public String nickname;

    @Column(name = "final_rank")
    public int finalRank;

    public long score;

    public int answered;

    public int correct;

    @Column(name = "reaction_total_ms")
    public long reactionTotalMillis;

    @Column(name = "best_reaction_ms")
    public Long bestReactionMillis;

    @Column(name = "rating_before")
    public double ratingBefore;

    @Column(name = "rating_after")
    public double ratingAfter;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** The row id of {@code playerId} in {@code gameId}. */
    public static String idOf(String gameId, String playerId) {
        return gameId + "/" + playerId;
    }
}

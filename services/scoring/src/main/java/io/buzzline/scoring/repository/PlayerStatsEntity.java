package io.buzzline.scoring.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A player's statistics over every finished game. Versioned: two games ending at once for the same
 * player cannot overwrite each other; the loser retries.
 */
@Entity
@Table(name = "player_stats")
public class PlayerStatsEntity {

    @Id
    @Column(name = "player_id")
    public String playerId;

    public String nickname;

    @Column(name = "games_played")
    public int gamesPlayed;

    public int wins;

    public int podiums;

    public int answered;

    public int correct;

    @Column(name = "reaction_total_ms")
    public long reactionTotalMillis;

    @Column(name = "best_reaction_ms")
    public Long bestReactionMillis;

    public double rating;

    @Column(name = "last_played_at")
    public Instant lastPlayedAt;

    @Version
    public long version;
}

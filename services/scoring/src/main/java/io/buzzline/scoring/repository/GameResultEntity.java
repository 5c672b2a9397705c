package io.buzzline.scoring.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finished game as recorded once, at its GAME_ENDED. */
@Entity
@Table(name = "game_result")
public class GameResultEntity {

    @Id
    @Column(name = "game_id")
    public String gameId;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "rules_version")
    public String rulesVersion;

    @Column(name = "player_count")
    public int playerCount;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}

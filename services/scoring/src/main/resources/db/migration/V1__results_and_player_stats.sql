-- Results of finished games, each player's place in them, and long-term player statistics.

CREATE TABLE game_result (
    game_id       VARCHAR(128) PRIMARY KEY,
    ended_at      TIMESTAMPTZ  NOT NULL,
    end_reason    VARCHAR(32)  NOT NULL,
    rules_version VARCHAR(16)  NOT NULL,
    player_count  INTEGER      NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE player_game (
    id                  VARCHAR(300)     PRIMARY KEY, -- <game id>/<player id>
    game_id             VARCHAR(128)     NOT NULL REFERENCES game_result (game_id),
    player_id           VARCHAR(128)     NOT NULL,
    nickname            VARCHAR(64),
    final_rank          INTEGER          NOT NULL,
    score               BIGINT           NOT NULL,
    answered            INTEGER          NOT NULL,
    correct             INTEGER          NOT NULL,
    reaction_total_ms   BIGINT           NOT NULL,
    best_reaction_ms    BIGINT,
    rating_before       DOUBLE PRECISION NOT NULL,
    rating_after        DOUBLE PRECISION NOT NULL,
    ended_at            TIMESTAMPTZ      NOT NULL
);

CREATE INDEX player_game_history ON player_game (player_id, ended_at DESC, game_id);
CREATE INDEX player_game_results ON player_game (game_id, final_rank);

CREATE TABLE player_stats (
    player_id          VARCHAR(128)     PRIMARY KEY,
    nickname           VARCHAR(64),
    games_played       INTEGER          NOT NULL,
    wins               INTEGER          NOT NULL,
    podiums            INTEGER          NOT NULL,
    answered           INTEGER          NOT NULL,
    correct            INTEGER          NOT NULL,
    reaction_total_ms  BIGINT           NOT NULL,
    best_reaction_ms   BIGINT,
    rating             DOUBLE PRECISION NOT NULL,
    last_played_at     TIMESTAMPTZ      NOT NULL,
    version            BIGINT           NOT NULL
);

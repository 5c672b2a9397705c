package io.buzzline.engine;

/**
 * One player as the game knows them. {@code total} is the score from the last SCORE_UPDATED and
 * {@code totalSince} the sequence it was set at (or the join), which breaks leaderboard ties.
 */
public record Player(String playerId, String nickname, String teamId, Status status, long total, long totalSince) {

    /** Whether the player takes part right now. */
    public enum Status {
        ACTIVE,
        LEFT,
        KICKED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    Player withStatus(Status newStatus) {
        return new Player(playerId, nickname, teamId, newStatus, total, totalSince);
    }

    Player rejoined(String newNickname, String newTeamId) {
        return new Player(playerId, newNickname, newTeamId, Status.ACTIVE, total, totalSince);
    }

    Player withTotal(long newTotal, long sequence) {
        return new Player(playerId, nickname, teamId, status, newTotal, sequence);
    }
}

package io.buzzline.match.ownership;

/**
 * This instance's hold on one game: the token {@code <instance>#<epoch>} stored in the game's lease key.
 * The epoch grows with every acquisition, so an older holder's token never matches again.
 */
public record Lease(String gameId, String token) {

    public long epoch() {
        return Long.parseLong(token.substring(token.lastIndexOf('#') + 1));
    }
}

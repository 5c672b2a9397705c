package io.buzzline.wallet;

/**
 * How many coins a game's result earns: something for playing a game to its end, more for a place on the
 * podium, and a podium place only counts where there was someone to beat (second of two is last). A game
 * the host ended early pays for taking part, no podium; an abandoned game, or one whose questions could not
 * be loaded, pays nothing ({@code GameEnded.Reason}). Versioned like the scoring rules: a result is granted by the rules of its day.
 */
public record EarningRules(long forPlaying, long forFirst, long forSecond, long forThird) {

    /** The rules in force: 10 for playing, +40 for first (of 2 or more), +20 second (of 3+), +10 third (of 4+). */
    public static final EarningRules V1 = new EarningRules(10, 40, 20, 10);

    public EarningRules {
        if (forPlaying < 0 || forFirst < 0 || forSecond < 0 || forThird < 0) {
            throw new IllegalArgumentException("earnings are never negative");
        }
    }

    public long coinsFor(EntryReason.GameResult result) {
        return switch (result.ended()) {
            case COMPLETED -> forPlaying + podium(result.rank(), result.players());
            case ENDED_BY_HOST -> forPlaying;
            case ABANDONED, CONTENT_UNAVAILABLE -> 0;
        };
    }

    private long podium(int rank, int players) {
        // A place pays only if someone placed below it.
        if (rank >= players) {
            return 0;
        }
        return switch (rank) {
            case 1 -> forFirst;
            case 2 -> forSecond;
            case 3 -> forThird;
            default -> 0;
        };
    }
}

package io.buzzline.scoring.stats;

/**
 * Multiplayer Elo: a game of n players counts as every pair playing each other once, the better
 * place winning (a tie is a draw), with the K-factor shared over the n − 1 pairings so that a game
 * moves a rating by at most K whatever its size. For player i:
 * {@code R'ᵢ = Rᵢ + K/(n−1) × Σⱼ≠ᵢ (Sᵢⱼ − Eᵢⱼ)}, {@code Eᵢⱼ = 1 / (1 + 10^((Rⱼ − Rᵢ)/400))}.
 * Ratings sum the same before and after. O(n²): about 10⁸ pairings for 10,000 players, once a game.
 */
public final class EloRating {

    private final double k;

    public EloRating(double k) {
        this.k = k;
    }

    /** New ratings for players with {@code ratings} before the game who finished at {@code ranks}. */
    public double[] update(double[] ratings, int[] ranks) {
        int n = ratings.length;
        double[] after = ratings.clone();
        if (n < 2) {
            return after;
        }
        double perPairing = k / (n - 1);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum += actual(ranks[i], ranks[j]) - expected(ratings[i], ratings[j]);
                }
            }
            after[i] = ratings[i] + perPairing * sum;
        }
        return after;
    }

    static double expected(double rating, double opponent) {
        return 1 / (1 + Math.pow(10, (opponent - rating) / 400));
    }

    private static double actual(int rank, int opponentRank) {
        return rank < opponentRank ? 1 : rank == opponentRank ? 0.5 : 0;
    }
}

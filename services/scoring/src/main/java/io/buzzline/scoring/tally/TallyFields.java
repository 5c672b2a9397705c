package io.buzzline.scoring.tally;

/** Field names of a game's tally hash; per-player fields end with the player id. */
final class TallyFields {

    /** Sequence of the last event of the game applied to the tally: the idempotency mark. */
    static final String SEQUENCE = "seq";
    /** The rules version the engine scores the game by, fixed at GAME_CREATED (recorded with the results). */
    static final String RULES = "rules";

    private TallyFields() {}

    /** Sum of the player's SCORE_UPDATED points. */
    static String total(String playerId) {
        return "t:" + playerId;
    }

    static String nickname(String playerId) {
        return "n:" + playerId;
    }

    static String answered(String playerId) {
        return "a:" + playerId;
    }

    static String correct(String playerId) {
        return "c:" + playerId;
    }

    static String reactionSum(String playerId) {
        return "ms:" + playerId;
    }

    static String bestReaction(String playerId) {
        return "b:" + playerId;
    }
}

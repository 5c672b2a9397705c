package io.buzzline.scoring.tally;

/** Field names of a game's tally hash; per-player fields end with the player id. */
final class TallyFields {

    /** Sequence of the last event of the game applied to the tally: the idempotency mark. */
    static final String SEQUENCE = "seq";
    /** The game's {@code GameRules} as JSON, fixed at GAME_CREATED. */
    static final String RULES = "rules";
    /** The round in play. */
    static final String ROUND = "round";
    /** The game position of the question in play. */
    static final String ORDINAL = "ord";
    /** When the game ended (ISO instant), and why. */
    static final String ENDED_AT = "endedAt";

    static final String END_REASON = "endReason";

    private TallyFields() {}

    static String total(String playerId) {
        return "t:" + playerId;
    }

    static String streak(String playerId) {
        return "s:" + playerId;
    }

    static String stats(String playerId) {
        return "st:" + playerId;
    }

    static String nickname(String playerId) {
        return "n:" + playerId;
    }

    /** The RECORD_SCORE commands an event produced, kept to be sent again if the event comes again. */
    static String outbox(String eventId) {
        return "out:" + eventId;
    }
}

package io.buzzline.content.firestore;

/** Names of the Firestore collections this service owns, in one place. */
public final class FirestoreCollections {

    /** Questions, keyed by question id. */
    public static final String QUESTIONS = "questions";
    /** Duplicate keys: one document per question fingerprint, naming the question that owns it. */
    public static final String FINGERPRINTS = "question-fingerprints";
    /** Packs handed out, keyed by pack id. */
    public static final String PACKS = "packs";
    /** Per player group: the question ids played recently. */
    public static final String PACK_GROUPS = "pack-groups";
    /** Finished games, keyed by game id. */
    public static final String GAMES = "history-games";
    /** A finished game's event log, in chunks; a subcollection of a game. */
    public static final String GAME_LOG = "log";
    /** Per player: a summary of each finished game they played. */
    public static final String PLAYERS = "history-players";
    /** A player's games; a subcollection of a player. */
    public static final String PLAYER_GAMES = "games";

    /** Daily and weekly quests, keyed by quest id. */
    public static final String QUESTS = "quests";
    /** Platform configuration documents, keyed by document name (e.g. {@code categories}). */
    public static final String SETTINGS = "platform-config";

    private FirestoreCollections() {}
}

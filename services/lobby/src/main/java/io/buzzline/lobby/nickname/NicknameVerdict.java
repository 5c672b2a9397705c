package io.buzzline.lobby.nickname;

/** The outcome of checking a nickname: the cleaned nickname and its uniqueness key, or why not. */
public sealed interface NicknameVerdict {

    /** The nickname as it will be shown, and the key that must be unique within a game. */
    record Accepted(String nickname, String uniquenessKey) implements NicknameVerdict {}

    /** Why the nickname was refused, as a stable code and a sentence for the player. */
    record Rejected(Reason reason, String message) implements NicknameVerdict {}

    /** Stable reasons a nickname is refused. */
    enum Reason {
        TOO_SHORT,
        TOO_LONG,
        INVALID_CHARACTERS,
        NOT_ALLOWED
    }
}

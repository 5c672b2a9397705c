package io.buzzline.lobby.nickname;

import java.util.regex.Pattern;

import io.buzzline.lobby.nickname.NicknameVerdict.Accepted;
import io.buzzline.lobby.nickname.NicknameVerdict.Reason;
import io.buzzline.lobby.nickname.NicknameVerdict.Rejected;

/**
 * The nickname rules: 2 to 20 characters after trimming, letters of any script, digits, spaces and
 * {@code - _ . '}, nothing from the block list; uniqueness in a game is decided on the folded key.
 */
public final class NicknamePolicy {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 20;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._'\\-]+");

    private final Blocklist blocklist;

    public NicknamePolicy(Blocklist blocklist) {
        this.blocklist = blocklist;
    }

    public NicknameVerdict check(String raw) {
        String nickname = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        int length = nickname.codePointCount(0, nickname.length());
        if (length < MIN_LENGTH) {
            return new Rejected(Reason.TOO_SHORT, "A nickname needs at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return new Rejected(Reason.TOO_LONG, "A nickname has at most " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(nickname).matches()) {
            return new Rejected(Reason.INVALID_CHARACTERS, "Use letters, digits, spaces and - _ . ' only.");
        }
        String key = LookalikeFolding.uniquenessKey(nickname);
        if (key.isEmpty()) {
            return new Rejected(Reason.INVALID_CHARACTERS, "A nickname needs at least one letter or digit.");
        }
        if (blocklist.blocks(nickname)) {
            return new Rejected(Reason.NOT_ALLOWED, "This nickname is not allowed. Please choose another.");
        }
        return new Accepted(nickname, key);
    }
}

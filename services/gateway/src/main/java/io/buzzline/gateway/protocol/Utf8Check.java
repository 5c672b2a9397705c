package io.buzzline.gateway.protocol;

/**
 * Checks a text message's bytes for well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF) as they arrive, so a character split between two WebSocket
 * fragments is still one character. One instance per connection; not thread-safe (one event loop feeds it).
 */
public final class Utf8Check {

    private int pending; // continuation bytes the current character still needs
    private int low = 0x80; // the range the next continuation byte must fall in
    private int high = 0xBF;

    /** Starts a new message, forgetting any unfinished character. */
    public void reset() {
        pending = 0;
    }

    /** Takes the next byte; false once the bytes so far cannot be UTF-8, whatever follows. */
    public boolean next(byte value) {
        int b = value & 0xFF;
        if (pending > 0) {
            if (b < low || b > high) {
                return false;
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b == 0xE0) {
            return expect(2, 0xA0, 0xBF); // below A0 would be an overlong form
        }
        if (b == 0xED) {
            return expect(2, 0x80, 0x9F); // above 9F would be a surrogate
        }
        if (b >= 0xE1 && b <= 0xEF) {
            return expect(2, 0x80, 0xBF);
        }
        if (b == 0xF0) {
            return expect(3, 0x90, 0xBF); // below 90 would be an overlong form
        }
        if (b == 0xF4) {
            return expect(3, 0x80, 0x8F); // above 8F would be beyond U+10FFFF
        }
        if (b >= 0xF1 && b <= 0xF3) {
            return expect(3, 0x80, 0xBF);
        }
        return false; // 80–C1 cannot start a character, F5–FF never occur
    }

    /** At the end of a message: true unless a character was left unfinished. */
    public boolean complete() {
        return pending == 0;
    }

    private boolean expect(int continuations, int first, int last) {
        pending = continuations;
        low = first;
        high = last;
        return true;
    }
}

package io.buzzline.engine;

import java.time.Instant;
import java.util.List;

/**
 * A 64-bit FNV-1a digest of a state's canonical snapshot, the same on every JVM: two instances (or
 * a rebuilt and a live state) compare it to prove they hold the same game. Settings and the pack are
 * digested through their record text, which only a model change can alter.
 */
public final class StateHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET;

    private StateHash() {}

    public static long of(GameState state) {
        return of(Snapshots.of(state));
    }

    public static long of(GameSnapshot s) {
        StateHash h = new StateHash();
        h.text(s.gameId()).number(s.sequence()).text(s.phase().name()).text(s.hostId());
        h.text(String.valueOf(s.settings()))
                .text(String.valueOf(s.rulesVersion()))
                .text(String.valueOf(s.pack()));
        h.number(s.players().size());
        for (Player p : s.players()) {
            h.text(p.playerId())
                    .text(p.nickname())
                    .text(p.teamId())
                    .text(p.status().name());
            h.number(p.total()).number(p.totalSince());
            h.number(p.streak().length()).number(p.streak().lastOrdinal());
        }
        h.number(s.round()).number(s.questionNumber()).time(s.advanceAt());
        var q = s.question();
        if (q != null) {
            h.number(q.round())
                    .number(q.number())
                    .text(q.questionId())
                    .text(q.mode().name());
            h.time(q.opensAt()).time(q.closesAt()).number(q.answers().size());
            for (GivenAnswer a : q.answers()) {
                h.text(a.playerId()).number(a.sequence()).number(a.correct() ? 1 : 0);
                h.number(a.responseMillis());
            }
            var b = q.buzzer();
            h.number(b.opening()).texts(b.lockedOut()).texts(b.buzzed());
            h.text(String.valueOf(b.leader()))
                    .time(b.windowClosesAt())
                    .text(b.awardedTo())
                    .time(b.answerDueAt());
        }
        return h.hash;
    }

    private StateHash texts(List<String> values) {
        number(values.size());
        values.forEach(this::text);
        return this;
    }

    private StateHash time(Instant value) {
        return value == null ? number(-1) : number(value.getEpochSecond()).number(value.getNano());
    }

    private StateHash text(String value) {
        if (value == null) {
            return number(-1);
        }
        number(value.length());
        for (int i = 0; i < value.length(); i++) {
            mix(value.charAt(i));
        }
        return this;
    }

    private StateHash number(long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            mix((int) (value >>> shift) & 0xff);
        }
        return this;
    }

    private void mix(int value) {
        hash = (hash ^ value) * PRIME;
    }
}

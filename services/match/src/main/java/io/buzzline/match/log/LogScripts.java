package io.buzzline.match.log;

import io.buzzline.events.wire.LivePubSub;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.redis.script.RedisScript;

/**
 * The Lua scripts that write a game's log and snapshot, and expire its keys once it ended. The writes an
 * owner makes are fenced: they check that the game's lease still holds the owner's token, so an owner that
 * was paused past its lease (GC, a frozen VM) cannot write after another instance took the game. The
 * lease's own scripts are {@code ownership.LeaseScripts}.
 */
public final class LogScripts {

    /**
     * KEYS lease, meta, log, processed. ARGV token, cursor, channel, firstSeq, ended, trace line ('' when not
     * traced; else the live message's first line, io.buzzline.events.wire.TraceFields), then per command:
     * commandId, n, n event JSONs. Several commands are one append (a group commit: the answers that queued
     * behind one append go in the next), all or nothing. Returns {status, lastSeq}: 1 appended, 0 fenced, 2 a
     * command already logged, 3 not the next sequence. The live channel gets one message per append: every
     * event's JSON, one per line (io.buzzline.events.json.EventBatch). Log entries are laid out as
     * {@link LogEntry} reads them. The live message goes out with the mode's publish command
     * ({@link LivePubSub}): one script per mode, so the mode costs nothing per append.
     */
    public static RedisScript append(LivePubSub pubSub) {
        return switch (pubSub) {
            case CLASSIC -> APPEND_CLASSIC;
            case SHARDED -> APPEND_SHARDED;
        };
    }

    private static final RedisScript APPEND_CLASSIC = appendPublishingWith(LivePubSub.CLASSIC);
    private static final RedisScript APPEND_SHARDED = appendPublishingWith(LivePubSub.SHARDED);

    // The live channel carries the game's hash tag, like KEYS: SPUBLISH from the script stays in its slot.
    private static RedisScript appendPublishingWith(LivePubSub pubSub) {
        return RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {0, 0} end
            local seq = tonumber(redis.call('HGET', KEYS[2], 'seq') or '0')
            local i = 7
            while i <= #ARGV do
              if redis.call('SISMEMBER', KEYS[4], ARGV[i]) == 1 then return {2, seq} end
              i = i + 2 + tonumber(ARGV[i + 1])
            end
            local first = tonumber(ARGV[4])
            if first ~= seq + 1 then return {3, seq} end
            local next = first
            local live = {}
            if ARGV[6] ~= '' then live[1] = ARGV[6] end
            i = 7
            while i <= #ARGV do
              local cmd = ARGV[i]
              local n = tonumber(ARGV[i + 1])
              for k = 1, n do
                local json = ARGV[i + 1 + k]
                redis.call('XADD', KEYS[3], next .. '-0', '%s', cmd, '%s', json)
                live[#live + 1] = json
                next = next + 1
              end
              redis.call('SADD', KEYS[4], cmd)
              i = i + 2 + n
            end
            redis.call('%s', ARGV[3], table.concat(live, '\\n'))
            redis.call('HSET', KEYS[2], 'seq', next - 1)
            if ARGV[2] ~= '' then redis.call('HSET', KEYS[2], 'cursor', ARGV[2]) end
            if ARGV[5] == '1' then redis.call('HSET', KEYS[2], 'ended', '1') end
            return {1, next - 1}
            """.formatted(LogEntry.COMMAND, LogEntry.EVENT, pubSub.publishCommand()));
    }

    /** KEYS lease, meta, snapshot. ARGV token, seq, json. Keeps the newest snapshot only. */
    public static final RedisScript SNAPSHOT = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            if tonumber(redis.call('HGET', KEYS[2], 'snapshotSeq') or '0') >= tonumber(ARGV[2]) then return 0 end
            redis.call('SET', KEYS[3], ARGV[3])
            redis.call('HSET', KEYS[2], 'snapshotSeq', ARGV[2])
            return 1
            """);

    /**
     * KEYS meta, then every key of the game. ARGV who, retentionMs, required consumers... Records the
     * confirmation; once the game ended and all required consumers confirmed, every key expires.
     * Returns 1 when the keys were set to expire.
     */
    public static final RedisScript CONFIRM_END = RedisScript.of("""
            redis.call('HSET', KEYS[1], 'confirmed:' .. ARGV[1], '1')
            if redis.call('HGET', KEYS[1], 'ended') ~= '1' then return 0 end
            for i = 3, #ARGV do
              if redis.call('HGET', KEYS[1], 'confirmed:' .. ARGV[i]) ~= '1' then return 0 end
            end
            for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
            return 1
            """);

    private LogScripts() {}
}

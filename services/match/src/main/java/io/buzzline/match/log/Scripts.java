package io.buzzline.match.log;

import io.buzzline.events.wire.LogEntry;
import io.buzzline.redis.script.RedisScript;

/**
 * The Lua scripts that make each state change of a game atomic in Redis. Every write a owner makes is
 * fenced: it checks that the game's lease still holds the owner's token, so an owner that was paused past
 * its lease (GC, a frozen VM) cannot write after another instance took the game.
 */
public final class Scripts {

    /**
     * KEYS lease, meta, log, processed. ARGV token, cursor, channel, firstSeq, ended, trace line ('' when not
     * traced; else the live message's first line, io.buzzline.events.wire.TraceFields), then per command:
     * commandId, n, n event JSONs. Several commands are one append (a group commit: the answers that queued
     * behind one append go in the next), all or nothing. Returns {status, lastSeq}: 1 appended, 0 fenced, 2 a
     * command already logged, 3 not the next sequence. The live channel gets one message per append: every
     * event's JSON, one per line (io.buzzline.events.json.EventBatch). Log entries are laid out as
     * {@link LogEntry} reads them.
     */
    public static final RedisScript APPEND = RedisScript.of("""
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
            redis.call('PUBLISH', ARGV[3], table.concat(live, '\\n'))
            redis.call('HSET', KEYS[2], 'seq', next - 1)
            if ARGV[2] ~= '' then redis.call('HSET', KEYS[2], 'cursor', ARGV[2]) end
            if ARGV[5] == '1' then redis.call('HSET', KEYS[2], 'ended', '1') end
            return {1, next - 1}
            """.formatted(LogEntry.COMMAND, LogEntry.EVENT));

    /**
     * KEYS lease, meta. ARGV instanceId, ttlMs, mode ('new': may create the game, 'existing': must exist).
     * Returns {1, token} with the new token {@code instance#epoch}; {0, pttl} while another instance holds
     * the lease; {2, 0} for an unknown game. This instance's own stale lease (after a local failure) is
     * taken over at once with a new epoch.
     */
    public static final RedisScript ACQUIRE = RedisScript.of("""
            local held = redis.call('GET', KEYS[1])
            if held and string.sub(held, 1, #ARGV[1] + 1) ~= ARGV[1] .. '#' then
              return {0, redis.call('PTTL', KEYS[1])}
            end
            if ARGV[3] == 'existing' and redis.call('EXISTS', KEYS[2]) == 0 then return {2, 0} end
            local epoch = redis.call('HINCRBY', KEYS[2], 'epoch', 1)
            local token = ARGV[1] .. '#' .. epoch
            redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
            redis.call('HSET', KEYS[2], 'owner', ARGV[1])
            return {1, token}
            """);

    /** KEYS lease, meta. ARGV token, ttlMs, cursor. Returns 1 when renewed, 0 when the lease is lost. */
    public static final RedisScript RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], 'cursor', ARGV[3]) end
            return 1
            """);

    /** KEYS lease. ARGV token. Deletes the lease only if it is still this token's. */
    public static final RedisScript RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            return redis.call('DEL', KEYS[1])
            """);

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

    private Scripts() {}
}

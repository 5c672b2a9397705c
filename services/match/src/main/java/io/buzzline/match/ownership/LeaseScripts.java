package io.buzzline.match.ownership;

import io.buzzline.redis.script.RedisScript;

/**
 * The Lua scripts of a game's lease: the key {@code lease} holds the owner's token {@code <instance>#<epoch>}
 * and the game's {@code meta} hash counts the epochs, so each acquisition fences out every earlier holder.
 */
final class LeaseScripts {

    /**
     * KEYS lease, meta. ARGV instanceId, ttlMs, mode ('new': may create the game, 'existing': must exist).
     * Returns {1, token} with the new token {@code instance#epoch}; {0, pttl} while another instance holds
     * the lease; {2, 0} for an unknown game. This instance's own stale lease (after a local failure) is
     * taken over at once with a new epoch.
     */
    static final RedisScript ACQUIRE = RedisScript.of("""
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
    static final RedisScript RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], 'cursor', ARGV[3]) end
            return 1
            """);

    /** KEYS lease. ARGV token. Deletes the lease only if it is still this token's. */
    static final RedisScript RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            return redis.call('DEL', KEYS[1])
            """);

    private LeaseScripts() {}
}

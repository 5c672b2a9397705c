package io.buzzline.scoring.tally;

import io.buzzline.redis.script.RedisScript;

/**
 * The Lua scripts that change a game's tally atomically; KEYS are the game's keys, all in its slot. Run
 * by SHA-1 ({@code EVALSHA}): the script text is not sent with every event.
 */
final class TallyScripts {

    /**
     * Applies a run of a game's events, each in its turn: an event is applied if it is the game's next one
     * (its sequence follows the mark, which each applied event moves), left alone if the tally holds it
     * already, and reported not next otherwise (an earlier one is missing, or there is no tally yet). KEYS:
     * tally, board, parked events. ARGV, per event in arrival order: sequence, number of steps, then per
     * step an op (S set, I increment, M lower to, Z add to the board, J join the board at 0 unless on it),
     * a field and a value. Returns {1 if events of the game are parked, then per event 1 applied, 0
     * already applied, -1 not the game's next event}.
     */
    static final RedisScript APPLY_RUN = RedisScript.of("""
            local start = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            local applied = start
            local reply = {0}
            local i = 1
            while i <= #ARGV do
              local seq = tonumber(ARGV[i])
              local after = i + 2 + 3 * tonumber(ARGV[i + 1])
              if applied >= seq then
                reply[#reply + 1] = 0
              elseif applied ~= seq - 1 then
                reply[#reply + 1] = -1
              else
                for s = i + 2, after - 1, 3 do
                  local op, field, value = ARGV[s], ARGV[s + 1], ARGV[s + 2]
                  if op == 'I' then
                    redis.call('HINCRBY', KEYS[1], field, value)
                  elseif op == 'Z' then
                    redis.call('ZINCRBY', KEYS[2], value, field)
                  elseif op == 'S' then
                    redis.call('HSET', KEYS[1], field, value)
                  elseif op == 'M' then
                    local current = redis.call('HGET', KEYS[1], field)
                    if not current or tonumber(value) < tonumber(current) then
                      redis.call('HSET', KEYS[1], field, value)
                    end
                  else
                    redis.call('ZADD', KEYS[2], 'NX', value, field)
                  end
                end
                applied = seq
                reply[#reply + 1] = 1
              end
              i = after
            end
            if applied > start then redis.call('HSET', KEYS[1], 'seq', applied) end
            reply[1] = redis.call('EXISTS', KEYS[3])
            return reply
            """);

    /**
     * Parks an event that is not the game's next one until the earlier ones are applied, unless its turn
     * came in the meantime: checked in the same atomic step, so an event is never parked after the
     * instance applying its predecessor looked for it. KEYS: tally, parked events. ARGV: sequence, the
     * encoded event, the parked set's time to live in ms. Returns 0 already applied, 1 its turn now
     * (apply it), -1 parked.
     */
    static final RedisScript PARK = RedisScript.of("""
            local seq = tonumber(ARGV[1])
            local applied = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            if applied >= seq then return 0 end
            if applied == seq - 1 then return 1 end
            redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return -1
            """);

    /** Moves the mark past GAME_ENDED (ARGV[1]) and sets every key to expire after ARGV[2] ms. */
    static final RedisScript END = RedisScript.of("""
            local applied = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            if applied < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'seq', ARGV[1]) end
            for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
            return 1
            """);

    private TallyScripts() {}
}

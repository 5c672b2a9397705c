package io.buzzline.scoring.tally;

/** The Lua scripts that change a game's tally atomically; KEYS are the game's keys, all in its slot. */
final class TallyScripts {

    /**
     * Applies one event's change if it is the game's next event. KEYS: tally, board, parked events. ARGV:
     * sequence, the numbers of fields to set, to increment, to lower to a minimum, of board increments and
     * of players joining the board (at 0 unless they are on it), then the pairs and the joining ids.
     * Returns 1 applied, 2 applied with events parked behind it, 0 already applied, -1 not the game's
     * next event (an earlier one is missing, or there is no tally yet).
     */
    static final String APPLY = """
            local seq = tonumber(ARGV[1])
            local applied = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            if applied >= seq then return 0 end
            if applied ~= seq - 1 then return -1 end
            local i = 7
            for _ = 1, tonumber(ARGV[2]) do
              redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2
            end
            for _ = 1, tonumber(ARGV[3]) do
              redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2
            end
            for _ = 1, tonumber(ARGV[4]) do
              local current = redis.call('HGET', KEYS[1], ARGV[i])
              if not current or tonumber(ARGV[i + 1]) < tonumber(current) then
                redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
              end
              i = i + 2
            end
            for _ = 1, tonumber(ARGV[5]) do
              redis.call('ZINCRBY', KEYS[2], ARGV[i + 1], ARGV[i]); i = i + 2
            end
            for _ = 1, tonumber(ARGV[6]) do
              redis.call('ZADD', KEYS[2], 'NX', 0, ARGV[i]); i = i + 1
            end
            redis.call('HSET', KEYS[1], 'seq', seq)
            if redis.call('EXISTS', KEYS[3]) == 1 then return 2 end
            return 1
            """;

    /**
     * Parks an event that is not the game's next one until the earlier ones are applied, unless its turn
     * came in the meantime: checked in the same atomic step, so an event is never parked after the
     * instance applying its predecessor looked for it. KEYS: tally, parked events. ARGV: sequence, the
     * encoded event, the parked set's time to live in ms. Returns 0 already applied, 1 its turn now
     * (apply it), -1 parked.
     */
    static final String PARK = """
            local seq = tonumber(ARGV[1])
            local applied = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            if applied >= seq then return 0 end
            if applied == seq - 1 then return 1 end
            redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return -1
            """;

    /** Moves the mark past GAME_ENDED (ARGV[1]) and sets every key to expire after ARGV[2] ms. */
    static final String END = """
            local applied = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
            if applied < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'seq', ARGV[1]) end
            for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
            return 1
            """;

    private TallyScripts() {}
}

package io.buzzline.scoring.tally;

/** The Lua scripts that change a game's tally atomically; KEYS are the game's tally, answers and board. */
final class TallyScripts {

    /**
     * Applies one event's change if it is the game's next event. ARGV: sequence, number of tally fields,
     * of held answers, clear-answers flag (1/0), number of board entries, the number of held answers the
     * change was computed from (-1: not read; another count means the read raced an answer: retry),
     * then the pairs. Returns 1
     * applied, 0 already applied, -1 an earlier event is missing, -2 no tally (the game's creation was
     * never scored, or its tally expired after the end).
     */
    static final String APPLY = """
            local seq = tonumber(ARGV[1])
            local mark = redis.call('HGET', KEYS[1], 'seq')
            if not mark and seq > 1 then return -2 end
            local applied = tonumber(mark or '0')
            if applied >= seq then return 0 end
            if applied ~= seq - 1 then return -1 end
            if ARGV[6] ~= '-1' and redis.call('HLEN', KEYS[2]) ~= tonumber(ARGV[6]) then return -1 end
            local i = 7
            if ARGV[4] == '1' then redis.call('DEL', KEYS[2]) end
            for _ = 1, tonumber(ARGV[2]) do
              redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]); i = i + 2
            end
            for _ = 1, tonumber(ARGV[3]) do
              redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]); i = i + 2
            end
            for _ = 1, tonumber(ARGV[5]) do
              redis.call('ZADD', KEYS[3], ARGV[i + 1], ARGV[i]); i = i + 2
            end
            redis.call('HSET', KEYS[1], 'seq', seq)
            return 1
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

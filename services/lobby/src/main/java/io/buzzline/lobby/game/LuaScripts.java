package io.buzzline.lobby.game;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.redis.script.RedisScript;

/** The lobby's server-side scripts; each runs atomically, so concurrent joins cannot interleave. */
@ApplicationScoped
public class LuaScripts {

    /**
     * KEYS: game hash, nicknames, members, kicked. ARGV: player id, nickname key, nickname. A member
     * coming back keeps the nickname they had; everyone else passes status, kick list, capacity and
     * nickname uniqueness, in that order. A new member's reply also carries the member count, the
     * capacity and whether the game starts itself (quick play), so the auto-start needs no extra read.
     */
    private static final RedisScript JOIN = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'NO_SUCH_GAME'} end
            if status == 'ENDED' then return {'GAME_ENDED'} end
            if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return {'KICKED'} end
            local existing = redis.call('HGET', KEYS[3], ARGV[1])
            if existing then return {'REJOINED', existing} end
            if status == 'STARTED' and redis.call('HGET', KEYS[1], 'lateJoin') ~= '1' then
              return {'GAME_STARTED'}
            end
            local max = redis.call('HGET', KEYS[1], 'maxPlayers')
            local count = redis.call('HLEN', KEYS[3])
            if count >= tonumber(max) then return {'GAME_FULL'} end
            if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then return {'NICKNAME_TAKEN'} end
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
            local autoStart = redis.call('HGET', KEYS[1], 'autoStart') or '0'
            return {'JOINED', ARGV[3], tostring(count + 1), max, autoStart}
            """);

    /** As the Redis client's own default timeout (quarkus.redis.timeout): a request has none of its own. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private final Redis redis;

    public LuaScripts(Redis redis) {
        this.redis = redis;
    }

    /** Runs on a worker thread (the lobby's REST is blocking): it waits for Redis's reply. */
    List<String> join(List<String> keys, List<String> args) {
        // The one script runner (libs/redis-streams): EVALSHA, and EVAL when Redis answers NOSCRIPT.
        Response reply = JOIN.run(redis, keys, args).await().atMost(REPLY_TIMEOUT);
        List<String> result = new ArrayList<>();
        for (Response part : reply) {
            result.add(part.toString());
        }
        return result;
    }
}

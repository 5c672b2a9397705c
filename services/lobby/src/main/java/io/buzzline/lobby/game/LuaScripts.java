package io.buzzline.lobby.game;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;

/** The lobby's server-side scripts; each runs atomically, so concurrent joins cannot interleave. */
@ApplicationScoped
public class LuaScripts {

    /**
     * KEYS: game hash, nicknames, members, kicked. ARGV: player id, nickname key, nickname. A member
     * coming back keeps the nickname they had; everyone else passes status, kick list, capacity and
     * nickname uniqueness, in that order.
     */
    private static final String JOIN = """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'NO_SUCH_GAME'} end
            if status == 'ENDED' then return {'GAME_ENDED'} end
            if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return {'KICKED'} end
            local existing = redis.call('HGET', KEYS[3], ARGV[1])
            if existing then return {'REJOINED', existing} end
            if status == 'STARTED' and redis.call('HGET', KEYS[1], 'lateJoin') ~= '1' then
              return {'GAME_STARTED'}
            end
            if redis.call('HLEN', KEYS[3]) >= tonumber(redis.call('HGET', KEYS[1], 'maxPlayers')) then
              return {'GAME_FULL'}
            end
            if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then return {'NICKNAME_TAKEN'} end
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
            return {'JOINED', ARGV[3]}
            """;

    private final RedisDataSource redis;

    public LuaScripts(RedisDataSource redis) {
        this.redis = redis;
    }

    List<String> join(List<String> keys, List<String> args) {
        return eval(JOIN, keys, args);
    }

    private List<String> eval(String script, List<String> keys, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(script);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(args);
        Response reply = redis.execute("EVAL", command.toArray(String[]::new));
        List<String> result = new ArrayList<>();
        for (Response part : reply) {
            result.add(part.toString());
        }
        return result;
    }
}

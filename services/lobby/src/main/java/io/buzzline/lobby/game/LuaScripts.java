package io.buzzline.lobby.game;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
     * nickname uniqueness, in that order. A new member's reply also carries the member count, the
     * capacity and whether the game starts itself (quick play), so the auto-start needs no extra read.
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
            local max = redis.call('HGET', KEYS[1], 'maxPlayers')
            local count = redis.call('HLEN', KEYS[3])
            if count >= tonumber(max) then return {'GAME_FULL'} end
            if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then return {'NICKNAME_TAKEN'} end
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
            local autoStart = redis.call('HGET', KEYS[1], 'autoStart') or '0'
            return {'JOINED', ARGV[3], tostring(count + 1), max, autoStart}
            """;

    private static final String JOIN_SHA1 = sha1(JOIN);

    private final RedisDataSource redis;

    public LuaScripts(RedisDataSource redis) {
        this.redis = redis;
    }

    List<String> join(List<String> keys, List<String> args) {
        return eval(JOIN, JOIN_SHA1, keys, args);
    }

    /**
     * EVALSHA first: the script body is not sent and hashed on every join. A Redis that does not know
     * the script (restarted, flushed, a fail-over) answers NOSCRIPT, and EVAL then loads it.
     */
    private List<String> eval(String script, String sha1, List<String> keys, List<String> args) {
        Response reply;
        try {
            reply = redis.execute("EVALSHA", arguments(sha1, keys, args));
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("NOSCRIPT")) {
                throw e;
            }
            reply = redis.execute("EVAL", arguments(script, keys, args));
        }
        List<String> result = new ArrayList<>();
        for (Response part : reply) {
            result.add(part.toString());
        }
        return result;
    }

    private static String[] arguments(String scriptOrSha1, List<String> keys, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(scriptOrSha1);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(args);
        return command.toArray(String[]::new);
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}

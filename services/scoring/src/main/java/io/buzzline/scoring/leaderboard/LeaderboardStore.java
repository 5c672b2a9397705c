package io.buzzline.scoring.leaderboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;

import io.buzzline.redis.script.RedisScript;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.config.ScoringKeys;

/**
 * Leaderboards in Redis sorted sets (member = player, score = points): the live board of each game,
 * kept by the tally, and the global boards, fed once per finished game.
 */
@ApplicationScoped
public class LeaderboardStore {

    /** Adds a game's totals to one global board unless that game is already in it (ARGV: game, ttl ms, pairs). */
    private static final RedisScript ADD_GAME = RedisScript.of("""
            if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
            for i = 3, #ARGV, 2 do redis.call('ZINCRBY', KEYS[1], ARGV[i + 1], ARGV[i]) end
            if tonumber(ARGV[2]) > 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2]); redis.call('PEXPIRE', KEYS[2], ARGV[2])
            end
            return 1
            """);

    private final Redis redis;
    private final ScoringKeys keys;
    private final Duration timeout;

    public LeaderboardStore(Redis redis, ScoringKeys keys, ScoringConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.timeout = config.redis().timeout();
    }

    /** Adds a finished game's totals to the global board {@code name}, once per game; true if added now. */
    public boolean addGame(String name, String gameId, Map<String, Long> totals, Duration ttl) {
        List<String> args = new ArrayList<>(2 + 2 * totals.size());
        args.add(gameId);
        args.add(Long.toString(ttl.toMillis()));
        totals.forEach((player, total) -> {
            args.add(player);
            args.add(Long.toString(total));
        });
        // By SHA like the tally's scripts (one script runner in the service), sent whole only on NOSCRIPT.
        return ADD_GAME.run(redis, List.of(keys.globalBoard(name), keys.globalBoardGames(name)), args)
                        .await()
                        .atMost(timeout)
                        .toLong()
                == 1;
    }

    /** The best {@code limit} places from {@code offset} of the board at {@code key}. */
    public List<Standing> top(String key, int offset, int limit) {
        Response reply = send(Request.cmd(Command.ZRANGE)
                .arg(key)
                .arg(offset)
                .arg(offset + limit - 1L)
                .arg("REV")
                .arg("WITHSCORES"));
        List<Standing> standings = new ArrayList<>();
        for (Map.Entry<String, Long> entry : pairs(reply)) {
            String player = entry.getKey();
            long score = entry.getValue();
            standings.add(new Standing(rankOf(key, score), player, score));
        }
        return standings;
    }

    /** The number of players on the board at {@code key}. */
    public long size(String key) {
        return send(Request.cmd(Command.ZCARD).arg(key)).toLong();
    }

    /** Where {@code playerId} stands on the board at {@code key}, with the places around, if on it. */
    public Optional<Neighbourhood> neighbourhood(String key, String playerId) {
        Response position = send(Request.cmd(Command.ZREVRANK).arg(key).arg(playerId));
        if (position == null) {
            return Optional.empty();
        }
        long index = position.toLong();
        List<Map.Entry<String, Long>> around = pairs(send(Request.cmd(Command.ZRANGE)
                .arg(key)
                .arg(Math.max(0, index - 1))
                .arg(index + 1)
                .arg("REV")
                .arg("WITHSCORES")));
        Standing you = null;
        Standing ahead = null;
        Standing behind = null;
        for (Map.Entry<String, Long> entry : around) {
            String player = entry.getKey();
            long score = entry.getValue();
            Standing standing = new Standing(rankOf(key, score), player, score);
            if (player.equals(playerId)) {
                you = standing;
            } else if (you == null) {
                ahead = standing;
            } else {
                behind = standing;
            }
        }
        if (you == null) {
            return Optional.empty();
        }
        return Optional.of(new Neighbourhood(you, Optional.ofNullable(ahead), Optional.ofNullable(behind), size(key)));
    }

    /** Competition ranking ("1224"): one more than the number of players with strictly more points. */
    private long rankOf(String key, long score) {
        return send(Request.cmd(Command.ZCOUNT).arg(key).arg("(" + score).arg("+inf"))
                        .toLong()
                + 1;
    }

    /** ZRANGE WITHSCORES answers [member, score] pairs under RESP3 and a flat list under RESP2. */
    private static List<Map.Entry<String, Long>> pairs(Response reply) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        if (reply == null || reply.size() == 0) {
            return entries;
        }
        if (reply.get(0).type() == ResponseType.MULTI) {
            for (Response entry : reply) {
                entries.add(Map.entry(entry.get(0).toString(), score(entry.get(1))));
            }
        } else {
            for (int i = 0; i + 1 < reply.size(); i += 2) {
                entries.add(Map.entry(reply.get(i).toString(), score(reply.get(i + 1))));
            }
        }
        return entries;
    }

    private static long score(Response value) {
        return Math.round(Double.parseDouble(value.toString()));
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(timeout);
    }
}

package io.buzzline.lobby.game;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.redis.datasource.sortedset.SortedSetCommands;
import io.quarkus.redis.datasource.value.ValueCommands;

import io.buzzline.events.wire.PresenceShare;
import io.buzzline.lobby.config.LobbyConfig;

/**
 * The lobby's games in Redis: join codes, membership and nickname uniqueness. Every join is one Lua
 * script, so 2,000 simultaneous joins to one game can neither exceed its capacity nor share a
 * nickname.
 */
@ApplicationScoped
public class GameRegistry {

    /** How long a create request's idempotency key is remembered. */
    private static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    /** Three of the gateway's presence refresh intervals (10 s): one lost write is not a disconnect. */
    private static final Duration PRESENCE_FRESHNESS = Duration.ofSeconds(30);

    private final RedisDataSource redis;
    private final HashCommands<String, String, String> hashes;
    private final ValueCommands<String, String> values;
    private final SortedSetCommands<String, String> sortedSets;
    private final LobbyKeys keys;
    private final LuaScripts scripts;
    private final Clock clock;
    private final Duration endedRetention;

    public GameRegistry(RedisDataSource redis, LobbyKeys keys, LuaScripts scripts, Clock clock, LobbyConfig config) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
        this.values = redis.value(String.class);
        this.sortedSets = redis.sortedSet(String.class);
        this.keys = keys;
        this.scripts = scripts;
        this.clock = clock;
        this.endedRetention = config.endedRetention();
    }

    /** Claims a join code for a game; false when another live game holds it. */
    public boolean claimCode(String code, String gameId) {
        return values.setnx(keys.code(code), gameId);
    }

    /** Records a new game; {@code autoStart} marks a quick-play game that starts itself. */
    public void create(LobbyGame game, boolean autoStart) {
        Map<String, String> fields = new HashMap<>();
        fields.put("gameId", game.gameId());
        fields.put("code", game.joinCode());
        fields.put("hostId", game.hostId());
        fields.put("status", game.status().name());
        fields.put("public", game.publicGame() ? "1" : "0");
        fields.put("language", game.language());
        fields.put("categories", String.join(",", game.categories()));
        fields.put("maxPlayers", Integer.toString(game.maxPlayers()));
        fields.put("lateJoin", game.lateJoin() ? "1" : "0");
        fields.put("createdAt", game.createdAt().toString());
        fields.put("autoStart", autoStart ? "1" : "0");
        hashes.hset(keys.game(game.gameId()), fields);
        if (game.publicGame()) {
            sortedSets.zadd(keys.publicGames(), game.createdAt().toEpochMilli(), game.gameId());
        }
    }

    public Optional<String> gameIdForCode(String code) {
        return Optional.ofNullable(values.get(keys.code(code)));
    }

    public Optional<LobbyGame> find(String gameId) {
        Map<String, String> fields = hashes.hgetall(keys.game(gameId));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LobbyGame(
                gameId,
                fields.get("code"),
                fields.get("hostId"),
                GameStatus.valueOf(fields.get("status")),
                "1".equals(fields.get("public")),
                fields.get("language"),
                fields.get("categories").isEmpty()
                        ? List.of()
                        : Arrays.asList(fields.get("categories").split(",")),
                Integer.parseInt(fields.get("maxPlayers")),
                "1".equals(fields.get("lateJoin")),
                Instant.parse(fields.get("createdAt")),
                (int) hashes.hlen(keys.members(gameId))));
    }

    /** Adds a player atomically: capacity, status, kick list and nickname uniqueness in one step. */
    public JoinOutcome join(String gameId, String playerId, String nicknameKey, String nickname) {
        List<String> reply = scripts.join(
                List.of(keys.game(gameId), keys.nicknames(gameId), keys.members(gameId), keys.kicked(gameId)),
                List.of(playerId, nicknameKey, nickname));
        return switch (reply.getFirst()) {
            case "JOINED" ->
                new JoinOutcome.Joined(
                        reply.get(1),
                        Integer.parseInt(reply.get(2)),
                        Integer.parseInt(reply.get(3)),
                        "1".equals(reply.get(4)));
            case "REJOINED" -> new JoinOutcome.Rejoined(reply.get(1));
            default -> new JoinOutcome.Refused(JoinRefusal.valueOf(reply.getFirst()));
        };
    }

    /** Removes a member and frees their nickname; with {@code ban} they may not come back. */
    public Optional<String> remove(String gameId, String playerId, String nicknameKey, boolean ban) {
        String nickname = hashes.hget(keys.members(gameId), playerId);
        if (nickname == null) {
            return Optional.empty();
        }
        hashes.hdel(keys.members(gameId), playerId);
        hashes.hdel(keys.nicknames(gameId), nicknameKey);
        if (ban) {
            redis.set(String.class).sadd(keys.kicked(gameId), playerId);
        }
        return Optional.of(nickname);
    }

    public Optional<String> nicknameOf(String gameId, String playerId) {
        return Optional.ofNullable(hashes.hget(keys.members(gameId), playerId));
    }

    /** Records a status change; an ended game releases its code and leaves the public list. */
    public void updateStatus(String gameId, GameStatus status) {
        Optional<LobbyGame> game = find(gameId);
        if (game.isEmpty()) {
            return;
        }
        if (game.get().status().compareTo(status) >= 0) {
            return; // redelivered or out of order: a game never goes back
        }
        hashes.hset(keys.game(gameId), "status", status.name());
        if (status != GameStatus.OPEN) {
            sortedSets.zrem(keys.publicGames(), gameId);
        }
        if (status == GameStatus.ENDED) {
            redis.key(String.class).del(keys.code(game.get().joinCode()));
            expireEnded(gameId);
        }
    }

    /**
     * An ended game's records stay for {@code ended-retention} (GET /games/{id} still answers ENDED), then go, so ended games do not pile up in Redis.
     */
    private void expireEnded(String gameId) {
        var keyCommands = redis.key(String.class);
        for (String key : List.of(
                keys.game(gameId),
                keys.nicknames(gameId),
                keys.members(gameId),
                keys.kicked(gameId),
                keys.presence(gameId),
                keys.questionsReady(gameId),
                keys.autoStartClaim(gameId))) {
            keyCommands.expire(key, endedRetention);
        }
    }

    /** Public games still open, oldest first. */
    public List<LobbyGame> publicGames(int limit) {
        return sortedSets.zrange(keys.publicGames(), 0, limit - 1).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(game -> game.status() == GameStatus.OPEN)
                .toList();
    }

    /**
     * How many of the game's players hold a gateway connection (0 when unknown): the sum over gateway
     * instances of their {@link PresenceShare}s, counting only fields rewritten
     * within {@link #PRESENCE_FRESHNESS} so a crashed gateway's share stops counting.
     */
    public long presence(String gameId) {
        long now = clock.millis();
        long connected = 0;
        for (String value : hashes.hgetall(keys.presence(gameId)).values()) {
            PresenceShare share;
            try {
                share = PresenceShare.decode(value);
            } catch (IllegalArgumentException e) {
                // Not written by a gateway of this version: it counts no one rather than failing the count.
                continue;
            }
            if (share.freshAt(now, PRESENCE_FRESHNESS.toMillis())) {
                connected += share.connections();
            }
        }
        return connected;
    }

    /** Frees a join code again (a create that failed after claiming it). */
    public void releaseCode(String code) {
        redis.key(String.class).del(keys.code(code));
    }

    /** Forgets an idempotency key whose create failed, so a retry with it can succeed. */
    public void forgetIdempotencyKey(String key) {
        redis.key(String.class).del(keys.idempotency(key));
    }

    /** The game id an idempotency key created, if any; otherwise records {@code gameId} for it. */
    public Optional<String> rememberIdempotencyKey(String key, String gameId) {
        if (values.setnx(keys.idempotency(key), gameId)) {
            redis.key(String.class).expire(keys.idempotency(key), IDEMPOTENCY_WINDOW);
            return Optional.empty();
        }
        return Optional.ofNullable(values.get(keys.idempotency(key)));
    }
}

package io.buzzline.lobby.game;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.events.wire.RedisNames;
import io.buzzline.lobby.config.LobbyConfig;

/**
 * Every Redis key the lobby uses, laid out by {@link RedisNames}: per-game keys in the game's slot with
 * match's keys.
 */
@ApplicationScoped
public class LobbyKeys {

    private final RedisNames names;

    public LobbyKeys(LobbyConfig config) {
        this.names = new RedisNames(config.redis().keyPrefix());
    }

    /** Hash: the lobby's record of a game (code, host, status, settings). */
    public String game(String gameId) {
        return names.game(gameId).key("lobby");
    }

    /** Hash: nickname uniqueness key → player id. */
    public String nicknames(String gameId) {
        return names.game(gameId).key("nicks");
    }

    /** Hash: player id → nickname, the game's members. */
    public String members(String gameId) {
        return names.game(gameId).key("members");
    }

    /** Set: players the host removed; they may not rejoin. */
    public String kicked(String gameId) {
        return names.game(gameId).key("kicked");
    }

    /** Hash: each gateway instance's {@link io.buzzline.events.wire.PresenceShare} of the game's players. */
    public String presence(String gameId) {
        return names.game(gameId).presence();
    }

    /** String, with expiry: match has loaded this game's questions (from its QUESTIONS_LOADED event). */
    public String questionsReady(String gameId) {
        return names.game(gameId).key("ready");
    }

    /** String, with expiry: the lobby instance that sends this quick-play game's start. */
    public String autoStartClaim(String gameId) {
        return names.game(gameId).key("autostart");
    }

    /** Sorted set: quick-play games by the time they start themselves (epoch ms). */
    public String autoStarts() {
        return names.plain("lobby:autostart");
    }

    /** String: join code → game id, while the game is live. */
    public String code(String code) {
        return names.plain("lobby:code:" + code);
    }

    /** Sorted set: open public games by creation time. */
    public String publicGames() {
        return names.plain("lobby:public");
    }

    /** String: create-request idempotency key → game id. */
    public String idempotency(String key) {
        return names.plain("lobby:idem:" + key);
    }

    /** Hash: a guest identity (credential hash, creation time). */
    public String player(String playerId) {
        return names.plain("lobby:player:" + playerId);
    }
}

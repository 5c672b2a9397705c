package io.buzzline.lobby.game;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.lobby.config.LobbyConfig;

/**
 * Every Redis key the lobby uses. Per-game keys share the {@code {g:<id>}} hash tag with match's keys
 * so one game lives in one Redis Cluster slot.
 */
@ApplicationScoped
public class LobbyKeys {

    private final String prefix;

    public LobbyKeys(LobbyConfig config) {
        this.prefix = config.redis().keyPrefix();
    }

    /** Hash: the lobby's record of a game (code, host, status, settings). */
    public String game(String gameId) {
        return prefix + "{g:" + gameId + "}:lobby";
    }

    /** Hash: nickname uniqueness key → player id. */
    public String nicknames(String gameId) {
        return prefix + "{g:" + gameId + "}:nicks";
    }

    /** Hash: player id → nickname, the game's members. */
    public String members(String gameId) {
        return prefix + "{g:" + gameId + "}:members";
    }

    /** Set: players the host removed; they may not rejoin. */
    public String kicked(String gameId) {
        return prefix + "{g:" + gameId + "}:kicked";
    }

    /** String: how many of the game's players hold a connection, maintained by the gateway. */
    public String presence(String gameId) {
        return prefix + "{g:" + gameId + "}:presence";
    }

    /** String, with expiry: match has loaded this game's questions (from its QUESTIONS_LOADED event). */
    public String questionsReady(String gameId) {
        return prefix + "{g:" + gameId + "}:ready";
    }

    /** String, with expiry: the lobby instance that sends this quick-play game's start. */
    public String autoStartClaim(String gameId) {
        return prefix + "{g:" + gameId + "}:autostart";
    }

    /** Sorted set: quick-play games by the time they start themselves (epoch ms). */
    public String autoStarts() {
        return prefix + "lobby:autostart";
    }

    /** String: join code → game id, while the game is live. */
    public String code(String code) {
        return prefix + "lobby:code:" + code;
    }

    /** Sorted set: open public games by creation time. */
    public String publicGames() {
        return prefix + "lobby:public";
    }

    /** String: create-request idempotency key → game id. */
    public String idempotency(String key) {
        return prefix + "lobby:idem:" + key;
    }

    /** Hash: a guest identity (credential hash, creation time). */
    public String player(String playerId) {
        return prefix + "lobby:player:" + playerId;
    }
}

package io.buzzline.profile.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.redis.client.Command;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Test data: a finished game as match leaves it, its log in Redis and its GAME_ENDED on the milestone feed,
 * for the real content to archive and profile to grant from. Player {@code i} scores {@code (n - i) × 100}, so
 * players rank in order, all apart.
 */
public final class FinishedGames {

    private static final EventCodec CODEC = new EventCodec();

    private FinishedGames() {}

    public static String newGameId() {
        return "g_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The players of a game of {@code n}, in rank order. */
    public static List<String> players(String gameId, int n) {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add("p_" + gameId.substring(2, 12) + String.format("%06d", i));
        }
        return players;
    }

    /** Writes the log of a game of {@code players} ended by {@code reason}; returns its GAME_ENDED. */
    public static EventEnvelope writeLog(
            RedisCommands commands, RedisTarget redis, String gameId, List<String> players, GameEnded.Reason reason) {
        List<GameEvent> events = new ArrayList<>();
        for (String player : players) {
            events.add(new PlayerJoined(player, "N" + player.substring(player.length() - 6), null));
        }
        for (int i = 0; i < players.size(); i++) {
            int points = (players.size() - i) * 100;
            events.add(new ScoreUpdated(
                    players.get(i), gameId + ":1", points, points, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));
        }
        events.add(new GameEnded(reason));
        Instant now = Instant.now();
        EventEnvelope last = null;
        for (int i = 0; i < events.size(); i++) {
            last = EventEnvelope.of(gameId, i + 1, now, events.get(i));
            commands.append(redis.names().game(gameId).log(), new LogEntry(i + 1, "c-" + (i + 1), CODEC.encode(last)));
        }
        return last;
    }

    /** Puts GAME_ENDED on the milestone feed, as match does (at least once: a test may call this twice). */
    public static void publishEnd(RedisCommands commands, RedisTarget redis, EventEnvelope ended) {
        commands.send(
                Command.XADD,
                SharedStream.MILESTONES.key(redis.keyPrefix()),
                "*",
                "payload",
                CODEC.encode(ended),
                "content-type",
                "text/plain",
                "message-id",
                ended.eventId());
    }
}

package io.buzzline.scoring.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventBatch;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Plays match's side of the streams: XADDs events to {@code {match}:events} as match's feed writes them
 * and reads back scoring's end confirmations ({@code {match}:confirmations}) and its live tally.
 */
public final class MatchStreams implements AutoCloseable {

    private final RedisCommands redis;
    private final String prefix;
    private final EventCodec events = new EventCodec();

    public MatchStreams(RedisTarget target) {
        this.redis = new RedisCommands(target.url());
        this.prefix = target.keyPrefix();
    }

    /** The partition of the events feed {@code gameId}'s events go to, as match's EventFeed writes them. */
    public String feed(String gameId) {
        return SharedStream.EVENTS.key(prefix, Partitions.DEFAULT, gameId);
    }

    /** Every partition's stream of the events feed. */
    public List<String> feeds() {
        return Partitions.DEFAULT.all().stream()
                .map(partition -> SharedStream.EVENTS.key(prefix, partition))
                .toList();
    }

    /** Entries delivered to scoring's group and not acknowledged, over every partition of the feed. */
    public long pendingInGroup() {
        long pending = 0;
        for (String feed : feeds()) {
            Response summary = redis.send(Command.XPENDING, feed, "scoring");
            pending += summary == null ? 0 : summary.get(0).toLong();
        }
        return pending;
    }

    /** Feeds events, in the given order, like match's EventFeed (message id = event id). */
    public void publish(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            redis.send(
                    Command.XADD,
                    feed(envelope.gameId()),
                    "*",
                    "payload",
                    events.encode(envelope),
                    "content-type",
                    "text/plain",
                    "message-id",
                    envelope.eventId());
        }
    }

    /** Feeds events as one entry, as match's EventFeed feeds an append (message id = the last event's id). */
    public void publishBatch(EventEnvelope... envelopes) {
        redis.send(
                Command.XADD,
                feed(envelopes[0].gameId()),
                "*",
                "payload",
                EventBatch.join(Arrays.stream(envelopes).map(events::encode).toList()),
                "content-type",
                "text/plain",
                "message-id",
                envelopes[envelopes.length - 1].eventId());
    }

    /** The game's live leaderboard as scoring keeps it in Redis, player → points. */
    public Map<String, Long> board(String gameId) {
        Response entries =
                redis.send(Command.ZRANGE, new RedisNames(prefix).game(gameId).key("board"), "0", "-1", "WITHSCORES");
        Map<String, Long> board = new HashMap<>();
        for (Response entry : entries) {
            board.put(
                    entry.get(0).toString(),
                    Math.round(Double.parseDouble(entry.get(1).toString())));
        }
        return board;
    }

    /** The sequence of the game's last event scoring's tally holds (0 before its creation). */
    public long appliedUpTo(String gameId) {
        Response seq =
                redis.send(Command.HGET, new RedisNames(prefix).game(gameId).key("scoring"), "seq");
        return seq == null ? 0 : seq.toLong();
    }

    /** End-of-game confirmations for {@code gameId}. */
    public List<JsonObject> confirmations(String gameId) {
        List<JsonObject> result = new ArrayList<>();
        for (String payload : payloads(SharedStream.CONFIRMATIONS.key(prefix))) {
            JsonObject confirmation = new JsonObject(payload);
            if (gameId.equals(confirmation.getString("gameId"))) {
                result.add(confirmation);
            }
        }
        return result;
    }

    public RedisCommands redis() {
        return redis;
    }

    public String prefix() {
        return prefix;
    }

    private List<String> payloads(String stream) {
        Response entries = redis.send(Command.XRANGE, stream, "-", "+");
        List<String> payloads = new ArrayList<>();
        for (Response entry : entries) {
            Response fields = entry.get(1);
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("payload".equals(fields.get(i).toString())) {
                    payloads.add(fields.get(i + 1).toString());
                }
            }
        }
        return payloads;
    }

    @Override
    public void close() {
        redis.close();
    }
}

package io.buzzline.scoring.support;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.RecordScore;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventCodec;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

/**
 * Plays match's side of the streams: XADDs events to {@code {match}:events} as match's feed writes them
 * and reads back what scoring sent to {@code {match}:commands} and {@code {match}:confirmations}.
 */
public final class MatchStreams implements AutoCloseable {

    private final RedisCommands redis;
    private final String prefix;
    private final EventCodec events = new EventCodec();
    private final CommandCodec commands = new CommandCodec();

    public MatchStreams(RedisTarget target) {
        this.redis = new RedisCommands(target.url());
        this.prefix = target.keyPrefix();
    }

    /** Feeds events, in the given order, like match's EventFeed (message id = event id). */
    public void publish(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            redis.send(
                    Command.XADD,
                    prefix + "{match}:events",
                    "*",
                    "payload",
                    events.encode(envelope),
                    "content-type",
                    "text/plain",
                    "message-id",
                    envelope.eventId());
        }
    }

    /** Every RECORD_SCORE scoring sent for {@code gameId}, oldest first. */
    public List<RecordScore> scores(String gameId) {
        List<RecordScore> scores = new ArrayList<>();
        for (CommandEnvelope envelope : commandEnvelopes()) {
            if (envelope.gameId().equals(gameId) && envelope.command() instanceof RecordScore score) {
                scores.add(score);
            }
        }
        return scores;
    }

    /** Every command envelope on match's intake. */
    public List<CommandEnvelope> commandEnvelopes() {
        List<CommandEnvelope> result = new ArrayList<>();
        for (String payload : payloads(prefix + "{match}:commands")) {
            result.add(commands.decode(payload));
        }
        return result;
    }

    /** End-of-game confirmations for {@code gameId}. */
    public List<JsonObject> confirmations(String gameId) {
        List<JsonObject> result = new ArrayList<>();
        for (String payload : payloads(prefix + "{match}:confirmations")) {
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

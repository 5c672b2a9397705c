package io.buzzline.scoring.tally;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.config.ScoringKeys;

/**
 * A game's live tally in Redis: each event's change is applied in one script that checks the event is
 * the next one of the game. All keys of a game share its hash tag.
 */
@ApplicationScoped
public class TallyStore {

    /** Outcome of applying a change. */
    public enum Applied {
        /** The change is in, with the new sequence mark. */
        APPLIED,
        /** The change is in, and events of the game are parked, waiting for earlier ones. */
        APPLIED_WITH_PARKED,
        /** The tally already holds this event (a redelivery, or another instance was faster). */
        DUPLICATE,
        /** Not the game's next event (an earlier one, or the game's creation, is not applied yet): nothing changed. */
        NOT_NEXT
    }

    /** Outcome of parking an event that was not the game's next one. */
    public enum Parking {
        /** Parked: the instance that applies its predecessor applies it next. */
        PARKED,
        /** Its predecessor was applied in the meantime: apply it now. */
        NEXT,
        /** Another instance applied it in the meantime. */
        ALREADY_APPLIED
    }

    private final Redis redis;
    private final ScoringKeys keys;
    private final Duration timeout;

    public TallyStore(Redis redis, ScoringKeys keys, ScoringConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.timeout = config.redis().timeout();
    }

    /** The whole tally, for the end of the game. */
    public FinishedTally finished(String gameId) {
        return FinishedTally.of(hash(keys.tally(gameId)));
    }

    /** Applies {@code change} as event {@code sequence} of the game, if it is the game's next event. */
    public Applied apply(String gameId, long sequence, TallyChange change) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(sequence));
        args.add(Integer.toString(change.fields.size()));
        args.add(Integer.toString(change.increments.size()));
        args.add(Integer.toString(change.minimums.size()));
        args.add(Integer.toString(change.boardPoints.size()));
        args.add(change.joined == null ? "0" : "1");
        change.fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        List.of(change.increments, change.minimums, change.boardPoints)
                .forEach(pairs -> pairs.forEach((field, value) -> {
                    args.add(field);
                    args.add(Long.toString(value));
                }));
        if (change.joined != null) {
            args.add(change.joined);
        }
        long result = eval(
                        TallyScripts.APPLY,
                        List.of(keys.tally(gameId), keys.gameBoard(gameId), keys.parked(gameId)),
                        args)
                .toLong();
        return switch ((int) result) {
            case 1 -> Applied.APPLIED;
            case 2 -> Applied.APPLIED_WITH_PARKED;
            case 0 -> Applied.DUPLICATE;
            default -> Applied.NOT_NEXT;
        };
    }

    /**
     * Parks event {@code sequence} ({@code encoded}) until its predecessor is applied; the parked events
     * of a game are kept at most {@code ttl} after the last one was parked.
     */
    public Parking park(String gameId, long sequence, String encoded, Duration ttl) {
        long result = eval(
                        TallyScripts.PARK,
                        List.of(keys.tally(gameId), keys.parked(gameId)),
                        List.of(Long.toString(sequence), encoded, Long.toString(ttl.toMillis())))
                .toLong();
        return switch ((int) result) {
            case 0 -> Parking.ALREADY_APPLIED;
            case 1 -> Parking.NEXT;
            default -> Parking.PARKED;
        };
    }

    /** The encoded event parked with the lowest sequence above {@code sequence}, if any. */
    public Optional<String> nextParked(String gameId, long sequence) {
        Response first = send(Request.cmd(Command.ZRANGEBYSCORE)
                .arg(keys.parked(gameId))
                .arg("(" + sequence)
                .arg("+inf")
                .arg("LIMIT")
                .arg(0)
                .arg(1));
        return first.size() == 0 ? Optional.empty() : Optional.of(first.get(0).toString());
    }

    /** Drops parked event {@code sequence} once it is applied and its scores are sent. */
    public void unpark(String gameId, long sequence) {
        send(Request.cmd(Command.ZREMRANGEBYSCORE)
                .arg(keys.parked(gameId))
                .arg(sequence)
                .arg(sequence));
    }

    /** Marks the game ended at {@code sequence} and lets its keys expire after {@code retention}. */
    public void end(String gameId, long sequence, Duration retention) {
        eval(
                TallyScripts.END,
                List.of(keys.tally(gameId), keys.gameBoard(gameId), keys.parked(gameId)),
                List.of(Long.toString(sequence), Long.toString(retention.toMillis())));
    }

    private Map<String, String> hash(String key) {
        Response reply = send(Request.cmd(Command.HGETALL).arg(key));
        Map<String, String> result = new HashMap<>();
        for (String field : reply.getKeys()) {
            result.put(field, reply.get(field).toString());
        }
        return result;
    }

    private Response eval(String script, List<String> scriptKeys, List<String> args) {
        Request request = Request.cmd(Command.EVAL).arg(script).arg(scriptKeys.size());
        scriptKeys.forEach(request::arg);
        args.forEach(request::arg);
        return send(request);
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(timeout);
    }
}

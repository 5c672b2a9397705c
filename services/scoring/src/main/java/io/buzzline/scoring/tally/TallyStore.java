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

import io.buzzline.redis.script.RedisScript;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.config.ScoringKeys;

/**
 * A game's live tally in Redis: a run of a game's events is applied in one script that checks each event
 * is the game's next one. All keys of a game share its hash tag.
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

    /** An event to apply: its sequence in the game and its change. */
    public record Sequenced(long sequence, TallyChange change) {}

    /**
     * What applying a run came to: per event, in the run's order, {@link Applied#APPLIED},
     * {@link Applied#DUPLICATE} or {@link Applied#NOT_NEXT}; and whether events of the game were parked
     * when the run was in.
     */
    public record AppliedRun(List<Applied> outcomes, boolean parked) {

        public AppliedRun {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Applies {@code change} as event {@code sequence} of the game, if it is the game's next event. */
    public Applied apply(String gameId, long sequence, TallyChange change) {
        AppliedRun run = applyRun(gameId, List.of(new Sequenced(sequence, change)));
        Applied outcome = run.outcomes().getFirst();
        return outcome == Applied.APPLIED && run.parked() ? Applied.APPLIED_WITH_PARKED : outcome;
    }

    /**
     * Applies a run of the game's events in one script call, each in its turn (the mark moves with each
     * event applied, so a run of consecutive events is all applied); an event the tally holds already, or
     * that is not next, changes nothing.
     */
    public AppliedRun applyRun(String gameId, List<Sequenced> events) {
        List<String> args = new ArrayList<>(events.size() * 8);
        for (Sequenced event : events) {
            List<TallyChange.Step> steps = event.change().steps();
            args.add(Long.toString(event.sequence()));
            args.add(Integer.toString(steps.size()));
            for (TallyChange.Step step : steps) {
                args.add(step.op().code);
                args.add(step.field());
                args.add(step.value());
            }
        }
        Response reply = run(
                TallyScripts.APPLY_RUN, List.of(keys.tally(gameId), keys.gameBoard(gameId), keys.parked(gameId)), args);
        List<Applied> outcomes = new ArrayList<>(events.size());
        for (int i = 1; i < reply.size(); i++) {
            outcomes.add(
                    switch (reply.get(i).toInteger()) {
                        case 1 -> Applied.APPLIED;
                        case 0 -> Applied.DUPLICATE;
                        default -> Applied.NOT_NEXT;
                    });
        }
        return new AppliedRun(outcomes, reply.get(0).toInteger() == 1);
    }

    /**
     * Parks event {@code sequence} ({@code encoded}) until its predecessor is applied; the parked events
     * of a game are kept at most {@code ttl} after the last one was parked.
     */
    public Parking park(String gameId, long sequence, String encoded, Duration ttl) {
        long result = run(
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
        run(
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

    private Response run(RedisScript script, List<String> scriptKeys, List<String> args) {
        return script.run(redis, scriptKeys, args).await().atMost(timeout);
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(timeout);
    }
}

package io.buzzline.scoring.tally;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import io.buzzline.commands.RecordScore;
import io.buzzline.scoring.config.ScoringConfig;
import io.buzzline.scoring.config.ScoringKeys;
import io.buzzline.scoring.rules.GameRules;

/**
 * A game's live tally in Redis: read what an event needs, then apply its change in one script that
 * checks the event is the next one of the game. All keys of a game share its hash tag.
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
        /**
         * Not the game's next event (an earlier one, or the game's creation, is not applied yet), or the
         * change was computed from a read an answer raced: nothing changed.
         */
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

    private static final List<String> GAME_FIELDS =
            List.of(TallyFields.SEQUENCE, TallyFields.RULES, TallyFields.ROUND, TallyFields.ORDINAL);

    private final Redis redis;
    private final ScoringKeys keys;
    private final ObjectMapper json;
    private final Duration timeout;

    public TallyStore(Redis redis, ScoringKeys keys, ObjectMapper json, ScoringConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.timeout = config.redis().timeout();
    }

    /** The game-wide fields and {@code playerFields} of a game's tally (one HMGET). */
    public TallyView read(String gameId, List<String> playerFields) {
        Request request = Request.cmd(Command.HMGET).arg(keys.tally(gameId));
        GAME_FIELDS.forEach(request::arg);
        playerFields.forEach(request::arg);
        Response values = send(request);
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < playerFields.size(); i++) {
            Response value = values.get(GAME_FIELDS.size() + i);
            if (value != null) {
                fields.put(playerFields.get(i), value.toString());
            }
        }
        String rules = string(values.get(1));
        return new TallyView(
                values.get(0) == null ? 0 : values.get(0).toLong(),
                rules == null ? null : decode(rules, GameRules.class),
                values.get(2) == null ? 0 : values.get(2).toInteger(),
                values.get(3) == null ? 0 : values.get(3).toInteger(),
                fields);
    }

    /** The CLASSIC answers held for the open question, player → encoded answer. */
    public Map<String, String> heldAnswers(String gameId) {
        return hash(keys.answers(gameId));
    }

    /** The whole tally, for the end of the game. */
    public FinishedTally finished(String gameId) {
        Map<String, String> hash = hash(keys.tally(gameId));
        String rules = hash.get(TallyFields.RULES);
        return FinishedTally.of(
                hash,
                rules == null ? "" : decode(rules, GameRules.class).version().name());
    }

    /** Applies {@code change} as event {@code sequence} of the game, with {@code rules} if given. */
    public Applied apply(String gameId, String eventId, long sequence, TallyChange change, GameRules rules) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(sequence));
        Map<String, String> fields = new HashMap<>(change.fields);
        if (rules != null) {
            fields.put(TallyFields.RULES, encode(rules));
        }
        if (!change.scores.isEmpty()) {
            fields.put(TallyFields.outbox(eventId), encode(change.scores));
        }
        args.add(Integer.toString(fields.size()));
        args.add(Integer.toString(change.answers.size()));
        args.add(change.clearAnswers ? "1" : "0");
        args.add(Integer.toString(change.board.size()));
        args.add(Integer.toString(change.answersRead));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        change.answers.forEach((player, answer) -> {
            args.add(player);
            args.add(answer);
        });
        change.board.forEach((player, total) -> {
            args.add(player);
            args.add(Long.toString(total));
        });
        long result = eval(
                        TallyScripts.APPLY,
                        List.of(keys.tally(gameId), keys.answers(gameId), keys.gameBoard(gameId), keys.parked(gameId)),
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

    /** The scores an already applied event produced and that may not have been sent, to send (again). */
    public List<RecordScore> outbox(String gameId, String eventId) {
        String value =
                string(send(Request.cmd(Command.HGET).arg(keys.tally(gameId)).arg(TallyFields.outbox(eventId))));
        return value == null ? List.of() : decode(value, new TypeReference<List<RecordScore>>() {});
    }

    /** Forgets the scores of an event once match's intake holds them: a later redelivery sends nothing. */
    public void sent(String gameId, String eventId) {
        send(Request.cmd(Command.HDEL).arg(keys.tally(gameId)).arg(TallyFields.outbox(eventId)));
    }

    /** Marks the game ended at {@code sequence} and lets its keys expire after {@code retention}. */
    public void end(String gameId, long sequence, Duration retention) {
        eval(
                TallyScripts.END,
                List.of(keys.tally(gameId), keys.answers(gameId), keys.gameBoard(gameId), keys.parked(gameId)),
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

    private static String string(Response value) {
        return value == null ? null : value.toString();
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T decode(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T decode(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

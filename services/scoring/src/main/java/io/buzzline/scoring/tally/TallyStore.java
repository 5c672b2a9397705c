package io.buzzline.scoring.tally;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        /** The tally already holds this event (a redelivery, or another instance was faster). */
        DUPLICATE,
        /** An earlier event of the game is not applied yet: retry later. */
        GAP,
        /** No tally for the game: its creation was never scored, or it ended and expired. */
        UNKNOWN_GAME
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
                        List.of(keys.tally(gameId), keys.answers(gameId), keys.gameBoard(gameId)),
                        args)
                .toLong();
        return switch ((int) result) {
            case 1 -> Applied.APPLIED;
            case 0 -> Applied.DUPLICATE;
            case -1 -> Applied.GAP;
            default -> Applied.UNKNOWN_GAME;
        };
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
                List.of(keys.tally(gameId), keys.answers(gameId), keys.gameBoard(gameId)),
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

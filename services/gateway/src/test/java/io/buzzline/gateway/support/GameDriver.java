package io.buzzline.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.JoinGame;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.json.EventCodec;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisTarget;

import static org.awaitility.Awaitility.await;

/** Does what the lobby does for a test game (create, join through match's command stream) and reads logs. */
public final class GameDriver implements AutoCloseable {

    private final RedisCommands redis;
    private final String prefix;
    private final CommandCodec commands = new CommandCodec();
    private final EventCodec events = new EventCodec();

    public GameDriver(RedisTarget target) {
        this.redis = new RedisCommands(target.url());
        this.prefix = target.keyPrefix();
    }

    public RedisCommands redis() {
        return redis;
    }

    public String key(String gameId, String suffix) {
        return new RedisNames(prefix).game(gameId).key(suffix);
    }

    /** The command stream of {@code gameId}'s partition. */
    public String commandStream(String gameId) {
        return SharedStream.COMMANDS.key(prefix, Partitions.DEFAULT, gameId);
    }

    /** A host-driven game of {@code questions} questions in one round of {@code mode}. */
    public static GameSettings settings(RoundMode mode, int questions, Duration timeLimit) {
        return settings(mode, questions, timeLimit, 50);
    }

    /** The same with room for {@code maxPlayers}. */
    public static GameSettings settings(RoundMode mode, int questions, Duration timeLimit, int maxPlayers) {
        return new GameSettings(
                List.of(new RoundSettings(mode, questions, timeLimit)), maxPlayers, false, "en", "pack-" + questions);
    }

    /** Players of {@code gameId} holding a connection, summed over gateway instances (the presence hash). */
    public int presence(String gameId) {
        int sum = 0;
        Response values = redis.send(Command.HVALS, key(gameId, "presence"));
        if (values == null) {
            return 0;
        }
        for (Response each : values) {
            String value = each.toString();
            int at = value.indexOf('@');
            if (at > 0) {
                sum += Integer.parseInt(value.substring(0, at));
            }
        }
        return sum;
    }

    /** Creates the game and joins the players (id → nickname pairs), then waits until match logged it all. */
    public void create(String gameId, String hostId, GameSettings settings, List<String> players) {
        send(gameId, new CreateGame(hostId, settings));
        for (String player : players) {
            send(gameId, new JoinGame(player, "Nick-" + player, null));
        }
        awaitEvent(gameId, EventType.QUESTIONS_LOADED, 1);
        awaitEvent(gameId, EventType.PLAYER_JOINED, players.size());
    }

    public void send(String gameId, GameCommand command) {
        String commandId = UUID.randomUUID().toString();
        String json = commands.encode(new CommandEnvelope(commandId, gameId, Instant.now(), command));
        redis.send(
                Command.XADD,
                commandStream(gameId),
                "*",
                "payload",
                json,
                "content-type",
                "application/json",
                "message-id",
                commandId);
    }

    /**
     * Every command in match's streams, in the order Redis took them (what the gateways and this driver
     * sent), over every partition.
     */
    public List<CommandEnvelope> commands() {
        return redis.commandPayloads(prefix).stream().map(commands::decode).toList();
    }

    /** Commands in match's streams, over every partition. */
    public long commandCount() {
        return redis.commandCount(prefix);
    }

    public List<EventEnvelope> log(String gameId) {
        List<EventEnvelope> out = new ArrayList<>();
        for (LogEntry entry : redis.log(new RedisNames(prefix).game(gameId).log())) {
            out.add(events.decode(entry.eventJson()));
        }
        return out;
    }

    public EventEnvelope awaitEvent(String gameId, EventType type, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> log(gameId).stream().filter(e -> e.type() == type).toList(),
                        found -> found.size() >= count)
                .getLast();
    }

    @Override
    public void close() {
        redis.close();
    }
}

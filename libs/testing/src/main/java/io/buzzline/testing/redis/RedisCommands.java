package io.buzzline.testing.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

import io.buzzline.events.wire.EntryIds;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.SharedStream;

/**
 * A blocking Redis client for test fixtures (checks, clean-up, inspection), on its own Vert.x so it
 * works before, after and outside the application under test.
 */
public final class RedisCommands implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Vertx vertx = Vertx.vertx();
    private final Redis redis;

    public RedisCommands(String url) {
        this(new RedisOptions().setConnectionString(url));
    }

    private RedisCommands(RedisOptions options) {
        this.redis = Redis.createClient(vertx, options);
    }

    /** A client of a Redis Cluster, given any of its nodes: each command goes to its key's master. */
    public static RedisCommands cluster(List<String> nodeUrls) {
        RedisOptions options = new RedisOptions().setType(RedisClientType.CLUSTER);
        nodeUrls.forEach(options::addConnectionString);
        return new RedisCommands(options);
    }

    /** Sends one command and waits for its reply. */
    public Response send(Command command, Object... args) {
        Request request = Request.cmd(command);
        for (Object arg : args) {
            request.arg(String.valueOf(arg));
        }
        try {
            return redis.send(request)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Redis " + command + " failed: " + e.getMessage(), e);
        }
    }

    /** A game's whole log ({@code io.buzzline.events.wire.GameNames#log()}), entry by entry, in order. */
    public List<LogEntry> log(String logKey) {
        List<LogEntry> entries = new ArrayList<>();
        for (Response entry : send(Command.XRANGE, logKey, "-", "+")) {
            entries.add(LogEntry.of(entry.get(0).toString(), entry.get(1)));
        }
        return entries;
    }

    /**
     * The payload (CommandCodec JSON) of every command in match's command stream under {@code prefix}, over
     * every partition of the shipped count, in the order Redis took them.
     */
    public List<String> commandPayloads(String prefix) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (int partition : Partitions.DEFAULT.all()) {
            for (Response entry : send(Command.XRANGE, SharedStream.COMMANDS.key(prefix, partition), "-", "+")) {
                Response fields = entry.get(1);
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    if ("payload".equals(fields.get(i).toString())) {
                        all.add(Map.entry(
                                entry.get(0).toString(), fields.get(i + 1).toString()));
                    }
                }
            }
        }
        all.sort(Map.Entry.comparingByKey(EntryIds::compare));
        return all.stream().map(Map.Entry::getValue).toList();
    }

    /** How many commands match's command stream under {@code prefix} holds, over every partition. */
    public long commandCount(String prefix) {
        long count = 0;
        for (int partition : Partitions.DEFAULT.all()) {
            count += send(Command.XLEN, SharedStream.COMMANDS.key(prefix, partition))
                    .toLong();
        }
        return count;
    }

    /** Appends one entry to a game's log as match's append script writes it. */
    public void append(String logKey, LogEntry entry) {
        send(
                Command.XADD,
                logKey,
                LogEntry.id(entry.sequence()),
                LogEntry.COMMAND,
                entry.commandId(),
                LogEntry.EVENT,
                entry.eventJson());
    }

    public boolean ping() {
        try {
            return "PONG".equals(send(Command.PING).toString());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Deletes every key that starts with {@code prefix}; returns how many were deleted. */
    public long deleteByPrefix(String prefix) {
        long deleted = 0;
        String cursor = "0";
        do {
            Response page = send(Command.SCAN, cursor, "MATCH", prefix + "*", "COUNT", 1000);
            cursor = page.get(0).toString();
            for (Response key : page.get(1)) {
                deleted += send(Command.UNLINK, key.toString()).toLong();
            }
        } while (!"0".equals(cursor));
        return deleted;
    }

    @Override
    public void close() {
        redis.close();
        vertx.close();
    }
}

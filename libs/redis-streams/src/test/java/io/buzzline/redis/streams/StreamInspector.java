package io.buzzline.redis.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

import io.buzzline.testing.redis.RedisCommands;

/** Reads streams and groups directly from Redis, for assertions (a test fixture, not the connector). */
public final class StreamInspector implements AutoCloseable {

    /** Field under which {@link #entries} returns each entry's id. */
    public static final String ID = "_id";

    private final RedisCommands redis;

    public StreamInspector(String url) {
        this.redis = new RedisCommands(url);
    }

    public long length(String stream) {
        return redis.send(Command.XLEN, stream).toLong();
    }

    /** Entries of the group not acknowledged yet (XPENDING summary). */
    public long pending(String stream, String group) {
        return redis.send(Command.XPENDING, stream, group).get(0).toLong();
    }

    /** Every entry of the stream, oldest first, fields as text plus {@link #ID}. */
    public List<Map<String, String>> entries(String stream) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Response entry : redis.send(Command.XRANGE, stream, "-", "+")) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(ID, entry.get(0).toString());
            Response flat = entry.get(1);
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                fields.put(flat.get(i).toString(), flat.get(i + 1).toString());
            }
            entries.add(fields);
        }
        return entries;
    }

    /** XADD of one entry with the given fields (an entry from another producer, or a test fixture). */
    public String add(String stream, String... fieldsAndValues) {
        Object[] args = new Object[fieldsAndValues.length + 2];
        args[0] = stream;
        args[1] = "*";
        System.arraycopy(fieldsAndValues, 0, args, 2, fieldsAndValues.length);
        return redis.send(Command.XADD, args).toString();
    }

    public Response send(Command command, Object... args) {
        return redis.send(command, args);
    }

    @Override
    public void close() {
        redis.close();
    }
}

package io.buzzline.redis.streams.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.mutiny.redis.client.Response;

/**
 * Parses stream replies. The Quarkus client may speak RESP2 or RESP3, so maps may come as real maps
 * or as flat key/value arrays: both are accepted.
 */
final class Replies {

    private Replies() {}

    /** Entries of an XREADGROUP reply for one stream (nil when BLOCK timed out). */
    static List<StreamEntry> readGroup(Response reply) {
        if (reply == null) {
            return List.of();
        }
        if (reply.isMap()) {
            List<StreamEntry> entries = new ArrayList<>();
            for (String key : reply.getKeys()) {
                entries.addAll(entries(reply.get(key)));
            }
            return entries;
        }
        List<StreamEntry> entries = new ArrayList<>();
        for (Response perStream : reply) {
            entries.addAll(entries(perStream.get(1)));
        }
        return entries;
    }

    /** A list of [id, [field, value, ...]] pairs; entries deleted meanwhile (nil fields) are skipped. */
    static List<StreamEntry> entries(Response list) {
        if (list == null) {
            return List.of();
        }
        List<StreamEntry> entries = new ArrayList<>(list.size());
        for (Response item : list) {
            if (item == null || item.get(1) == null) {
                continue;
            }
            entries.add(new StreamEntry(item.get(0).toString(), fields(item.get(1))));
        }
        return entries;
    }

    private static Map<String, byte[]> fields(Response flat) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        if (flat.isMap()) {
            for (String key : flat.getKeys()) {
                fields.put(key, flat.get(key).toBytes());
            }
            return fields;
        }
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(flat.get(i).toString(), flat.get(i + 1).toBytes());
        }
        return fields;
    }

    /** A map reply (XINFO GROUPS item), from a RESP3 map or a RESP2 flat array. */
    static Map<String, Response> map(Response reply) {
        Map<String, Response> map = new HashMap<>();
        if (reply.isMap()) {
            for (String key : reply.getKeys()) {
                map.put(key, reply.get(key));
            }
            return map;
        }
        for (int i = 0; i + 1 < reply.size(); i += 2) {
            map.put(reply.get(i).toString(), reply.get(i + 1));
        }
        return map;
    }
}

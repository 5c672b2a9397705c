package io.buzzline.content.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.json.EventCodec;

/**
 * Reads one game's whole event log from match's stream {@code {g:<id>}:log} (entry ids are
 * {@code <sequence>-0}, the event JSON in field {@code event}), page by page.
 */
@ApplicationScoped
public class GameLogReader {

    private static final int PAGE = 1000;

    private final StreamCommands<String, String, String> streams;
    private final String prefix;
    private final EventCodec codec = new EventCodec();

    public GameLogReader(RedisDataSource redis, ContentConfig config) {
        this.streams = redis.stream(String.class);
        this.prefix = config.redis().keyPrefix();
    }

    public List<EventEnvelope> read(String gameId) {
        String key = prefix + "{g:" + gameId + "}:log";
        List<EventEnvelope> log = new ArrayList<>();
        String from = "-";
        while (true) {
            List<StreamMessage<String, String, String>> page = streams.xrange(key, StreamRange.of(from, "+"), PAGE);
            for (StreamMessage<String, String, String> entry : page) {
                log.add(codec.decode(entry.payload().get("event")));
            }
            if (page.size() < PAGE) {
                return log;
            }
            from = "(" + page.getLast().id();
        }
    }
}

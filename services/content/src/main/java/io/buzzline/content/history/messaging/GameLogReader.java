package io.buzzline.content.history.messaging;

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
import io.buzzline.events.wire.GameNames;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.events.wire.RedisNames;

/** Reads one game's whole event log ({@link GameNames#log()}, entries as {@link LogEntry}), page by page. */
@ApplicationScoped
public class GameLogReader {

    private static final int PAGE = 1000;

    private final StreamCommands<String, String, String> streams;
    private final RedisNames names;
    private final EventCodec codec = new EventCodec();

    public GameLogReader(RedisDataSource redis, ContentConfig config) {
        this.streams = redis.stream(String.class);
        this.names = new RedisNames(config.redis().keyPrefix());
    }

    public List<EventEnvelope> read(String gameId) {
        String key = names.game(gameId).log();
        List<EventEnvelope> log = new ArrayList<>();
        String from = "-";
        while (true) {
            List<StreamMessage<String, String, String>> page = streams.xrange(key, StreamRange.of(from, "+"), PAGE);
            for (StreamMessage<String, String, String> entry : page) {
                log.add(codec.decode(LogEntry.of(entry.id(), entry.payload()).eventJson()));
            }
            if (page.size() < PAGE) {
                return log;
            }
            from = LogEntry.after(LogEntry.sequenceOf(page.getLast().id()));
        }
    }
}

package io.buzzline.redis.log;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.buzzline.events.wire.GameNames;
import io.buzzline.events.wire.LogEntry;
import io.buzzline.redis.OwnRedis;

import static io.buzzline.redis.OwnRedis.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one reader of a game's log against a redis-server of its own (it resets the command statistics to
 * count the XRANGEs a read makes, which a shared Redis must not see): an empty log, a log of several pages,
 * reading after a sequence, a limit, and an entry that is not a log entry.
 */
class LogReaderTest {

    @RegisterExtension
    static final OwnRedis OWN = new OwnRedis();

    private final GameNames game = new GameNames("test:", "g-" + UUID.randomUUID());

    @BeforeEach
    void resetCommandStatistics() {
        send(Request.cmd(Command.CONFIG).arg("RESETSTAT"));
    }

    @Test
    void aLogThatDoesNotExistReadsAsEmptyInOneRange() {
        LogReader reader = new LogReader(OWN.client());

        assertThat(reader.readAfter(game, 0).await().atMost(WAIT)).isEmpty();
        assertThat(reader.readPage(game, 0, 50).await().atMost(WAIT)).isEmpty();
        assertThat(xranges()).isEqualTo(2);
    }

    @Test
    void aLogLongerThanOnePageIsReadWholeInOrderOnePageAtATime() {
        append(1, 10);
        LogReader reader = new LogReader(OWN.client(), 3);

        List<LogEntry> log = reader.readAfter(game, 0).await().atMost(WAIT);

        assertThat(sequences(log)).containsExactlyElementsOf(range(1, 10));
        assertThat(log.getFirst()).isEqualTo(new LogEntry(1, "cmd-1", event(1)));
        assertThat(xranges()).as("3 + 3 + 3 + 1").isEqualTo(4);
    }

    @Test
    void aLogOfWholePagesEndsAtTheFirstEmptyPage() {
        append(1, 6);

        assertThat(sequences(new LogReader(OWN.client(), 3)
                        .readAfter(game, 0)
                        .await()
                        .atMost(WAIT)))
                .containsExactlyElementsOf(range(1, 6));
        assertThat(xranges()).as("3 + 3 + 0").isEqualTo(3);
    }

    @Test
    void theDefaultPageIsAThousandEntries() {
        append(1, 2_500);

        assertThat(sequences(
                        new LogReader(OWN.client()).readAfter(game, 0).await().atMost(WAIT)))
                .containsExactlyElementsOf(range(1, 2_500));
        assertThat(xranges()).as("1,000 + 1,000 + 500").isEqualTo(3);
    }

    @Test
    void readingAfterASequenceStartsAtTheNextOne() {
        append(1, 10);
        LogReader reader = new LogReader(OWN.client(), 4);

        assertThat(sequences(reader.readAfter(game, 4).await().atMost(WAIT))).containsExactlyElementsOf(range(5, 10));
        assertThat(reader.readAfter(game, 10).await().atMost(WAIT)).isEmpty();
        assertThat(reader.readAfter(game, Long.MAX_VALUE).await().atMost(WAIT)).isEmpty();
        assertThat(sequences(reader.readAfter(game, -1).await().atMost(WAIT))).containsExactlyElementsOf(range(1, 10));
    }

    @Test
    void aLimitedReadIsOneRangeOfAtMostTheLimit() {
        append(1, 10);
        LogReader reader = new LogReader(OWN.client(), 2);

        assertThat(sequences(reader.readPage(game, 2, 3).await().atMost(WAIT))).containsExactly(3L, 4L, 5L);
        assertThat(sequences(reader.readPage(game, 8, 5).await().atMost(WAIT))).containsExactly(9L, 10L);
        assertThat(reader.readPage(game, 10, 5).await().atMost(WAIT)).isEmpty();
        assertThat(xranges())
                .as("one XRANGE per limited read, whatever the page size")
                .isEqualTo(3);
    }

    @Test
    void anEntryThatIsNotALogEntryFailsTheRead() {
        append(1, 2);
        send(Request.cmd(Command.XADD)
                .arg(game.log())
                .arg(LogEntry.id(3))
                .arg(LogEntry.COMMAND)
                .arg("cmd-3"));

        assertThatThrownBy(() ->
                        new LogReader(OWN.client()).readAfter(game, 0).await().atMost(WAIT))
                .hasMessageContaining("has no " + LogEntry.EVENT + " field");
    }

    private void append(long first, long last) {
        List<Request> adds = new ArrayList<>();
        for (long sequence = first; sequence <= last; sequence++) {
            adds.add(Request.cmd(Command.XADD)
                    .arg(game.log())
                    .arg(LogEntry.id(sequence))
                    .arg(LogEntry.COMMAND)
                    .arg("cmd-" + sequence)
                    .arg(LogEntry.EVENT)
                    .arg(event(sequence)));
        }
        // In batches below the client's waiting-queue bound (2,048 commands).
        for (int from = 0; from < adds.size(); from += 500) {
            OWN.client()
                    .batch(adds.subList(from, Math.min(adds.size(), from + 500)))
                    .await()
                    .atMost(WAIT);
        }
        send(Request.cmd(Command.CONFIG).arg("RESETSTAT"));
    }

    private static String event(long sequence) {
        return "{\"sequence\":" + sequence + "}";
    }

    /** XRANGEs Redis ran since the statistics were last reset. */
    private static long xranges() {
        for (String line :
                send(Request.cmd(Command.INFO).arg("commandstats")).toString().split("\r?\n")) {
            if (line.startsWith("cmdstat_xrange:calls=")) {
                return Long.parseLong(line.substring("cmdstat_xrange:calls=".length(), line.indexOf(',')));
            }
        }
        return 0;
    }

    private static List<Long> sequences(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::sequence).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static Response send(Request request) {
        return OWN.send(request);
    }
}

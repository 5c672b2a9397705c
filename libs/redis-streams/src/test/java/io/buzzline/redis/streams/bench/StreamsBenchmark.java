package io.buzzline.redis.streams.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.buzzline.redis.streams.fault.RedisStreamsDeadLetterQueue;
import io.buzzline.redis.streams.incoming.IncomingSettings;
import io.buzzline.redis.streams.incoming.RedisStreamsIncomingChannel;
import io.buzzline.redis.streams.observe.ChannelMetrics;
import io.buzzline.redis.streams.outgoing.OutgoingParts;
import io.buzzline.redis.streams.outgoing.OutgoingSettings;
import io.buzzline.redis.streams.outgoing.PayloadEncoder;
import io.buzzline.redis.streams.outgoing.RedisStreamsOutgoingChannel;
import io.buzzline.redis.streams.partition.PartitionGate;
import io.buzzline.redis.streams.redis.PipelinedConnection;
import io.buzzline.redis.streams.redis.StreamCommands;
import io.buzzline.redis.streams.tracing.StreamTracing;
import io.buzzline.testing.redis.RedisCommands;

/**
 * End-to-end benchmark of the connector (not a test): outgoing channel → XADD → XREADGROUP → incoming
 * channel → XACK, in one JVM so send and receive share a clock. For each mode it runs a saturating
 * throughput run and a paced latency run (one message per millisecond). Run by scripts/bench-redis-streams.
 */
public final class StreamsBenchmark {

    private record Mode(String name, int maxInflight, int batchSize) {}

    private static final Mode UNBATCHED = new Mode("no batching (in-flight 1, batch 1)", 1, 1);
    private static final Mode BATCHED = new Mode("batching (in-flight 128, batch 64)", 128, 64);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String WARM_UP = "warm-up";

    /**
     * CPU time of this JVM (all threads). Per message it tells what the connector costs even when the
     * machine is shared and wall-clock throughput swings with the neighbours' load.
     */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final String url;
    private final String prefix = "bench:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final Vertx vertx = Vertx.vertx();
    private final Redis redis;
    private final PipelinedConnection connection;
    private final StreamCommands commands;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private int runs;

    private StreamsBenchmark(String url) {
        this.url = url;
        this.redis = Redis.createClient(vertx, url);
        this.connection = new PipelinedConnection(redis);
        this.commands = new StreamCommands(connection);
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("BUZZLINE_REDIS_URL", "redis://127.0.0.1:6379");
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int paced = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        StreamsBenchmark bench = new StreamsBenchmark(url);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "connector end to end, %d messages (throughput), %d paced at 1/ms (latency)%n",
                    messages,
                    paced);
            double batched = 0;
            for (Mode mode : new Mode[] {UNBATCHED, BATCHED}) {
                bench.run(mode, messages, false); // warm-up of this mode, not reported
                Result throughput = bench.run(mode, messages, false);
                batched = throughput.perSecond();
                Result latency = bench.run(mode, paced, true);
                System.out.printf(
                        Locale.ROOT,
                        "%-38s %9.0f msg/s %6.1f µs CPU/msg  saturated p50 %7.2f ms p99 %7.2f ms"
                                + " | paced p50 %5.2f ms p99 %5.2f ms%n",
                        mode.name(),
                        throughput.perSecond(),
                        throughput.cpuMicrosPerMessage(),
                        throughput.p50(),
                        throughput.p99(),
                        latency.p50(),
                        latency.p99());
            }
            printRatio("unpipelined", batched);
            printRatio("pipelined", batched);
        } finally {
            bench.close();
        }
        // A harness, not a service: do not wait on lingering non-daemon client threads.
        System.exit(0);
    }

    private record Result(double perSecond, double p50, double p99, double cpuMicrosPerMessage) {}

    /**
     * The batched connector against raw redis-benchmark XADD of the same run (scripts/bench-redis-streams
     * passes its figures as {@code bench.raw.<kind>}): absolute figures depend on the machine and on
     * whatever else runs on it, the ratio much less.
     */
    private static void printRatio(String kind, double connector) {
        String raw = System.getProperty("bench.raw." + kind, "");
        if (raw.isBlank()) {
            return;
        }
        double perSecond = Double.parseDouble(raw);
        System.out.printf(
                Locale.ROOT,
                "connector / raw %s = %.2f (connector batching %.0f msg/s end to end, raw XADD %.0f msg/s)%n",
                kind,
                connector / perSecond,
                connector,
                perSecond);
    }

    @SuppressWarnings("unchecked")
    private Result run(Mode mode, int count, boolean paced) throws InterruptedException {
        String stream = prefix + "{run" + (++runs) + "}";
        var incoming = new RedisStreamsIncomingChannel(
                new IncomingSettings(
                        "bench-in-" + runs,
                        stream,
                        "bench",
                        "c1",
                        "0",
                        mode.batchSize(),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(5),
                        5,
                        Duration.ofSeconds(1),
                        "dead-letter-queue",
                        stream + ":dlq",
                        1000,
                        Duration.ofSeconds(5),
                        false,
                        Duration.ofSeconds(5)),
                vertx,
                redis,
                commands,
                ChannelMetrics.incoming(registry, "bench-in-" + runs, stream),
                new RedisStreamsDeadLetterQueue.Factory(),
                StreamTracing.OFF,
                PartitionGate.open(),
                null);
        var outgoing = new RedisStreamsOutgoingChannel(
                new OutgoingSettings(
                        "bench-out-" + runs, stream, 1_000_000, mode.maxInflight(), false, Duration.ofSeconds(5)),
                new OutgoingParts(
                        vertx,
                        commands,
                        new PayloadEncoder(new ObjectMapper()),
                        ChannelMetrics.outgoing(registry, "bench-out-" + runs, stream),
                        StreamTracing.OFF));
        long[] latencies = new long[count];
        AtomicInteger received = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        CountDownLatch ready = new CountDownLatch(1);
        Multi.createFrom().publisher(incoming.publisher()).subscribe().with(message -> {
            if (WARM_UP.equals(message.getPayload())) {
                message.ack().thenRun(ready::countDown);
                return;
            }
            long sentAt = Long.parseLong((String) message.getPayload());
            int index = received.getAndIncrement();
            if (index < count) {
                latencies[index] = System.nanoTime() - sentAt;
            }
            message.ack().thenRun(done::countDown);
        });
        // The consumer group and connections are set up before the clock starts.
        commands.xadd(stream, 0, java.util.Map.of("payload", WARM_UP.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .await()
                .atMost(TIMEOUT);
        if (!ready.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the consumer never started");
        }
        Multi<Long> ticks = paced
                ? Multi.createFrom()
                        .ticks()
                        .every(Duration.ofMillis(1))
                        .select()
                        .first(count)
                : Multi.createFrom().range(0, count).map(Integer::longValue);
        long start = System.nanoTime();
        long cpuStart = CPU.getProcessCpuTime();
        ticks.onOverflow()
                .buffer(count)
                .map(i -> Message.of(Long.toString(System.nanoTime())))
                .subscribe((Flow.Subscriber<Message<String>>) (Flow.Subscriber<?>) outgoing.subscriber());
        if (!done.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + received.get() + " of " + count + " arrived");
        }
        long elapsed = System.nanoTime() - start;
        long cpu = CPU.getProcessCpuTime() - cpuStart;
        incoming.close();
        outgoing.close();
        Arrays.sort(latencies);
        return new Result(
                count / (elapsed / 1e9),
                millis(latencies[count / 2]),
                millis(latencies[(int) (count * 0.99)]),
                cpu / 1e3 / count);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private void close() {
        connection.close();
        redis.close();
        vertx.closeAndAwait();
        try (RedisCommands fixture = new RedisCommands(url)) {
            fixture.deleteByPrefix(prefix);
        }
    }
}

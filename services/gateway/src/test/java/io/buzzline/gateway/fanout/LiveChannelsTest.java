package io.buzzline.gateway.fanout;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.mutiny.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.buzzline.events.wire.LivePubSub;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.testing.redis.RedisCluster;
import io.buzzline.testing.redis.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * While Redis restarts, the pool can refuse a connection at once, inside {@code connect()}. The live
 * channels must turn that into a failed subscribe (which the resubscribe loop retries), not an exception:
 * one escaped the reconnect timer in e2e's ChaosIT and that gateway never subscribed again, so its players'
 * games stalled at the event Redis died in. The second test goes through the whole loop with a real
 * redis-server restarted under it.
 *
 * <p>Sharded ({@code wire.pubsub=sharded}, issue 20): on a redis-server the channels are shard channels
 * (an SPUBLISH reaches them, a PUBLISH does not); on a real Redis Cluster each game is subscribed at the
 * master of its slot, and both ways a slot changes master are survived: a manual failover (Redis ends the
 * subscriptions of that shard's channels) and a killed master (the connection drops); either way every
 * channel is subscribed again where its slot now lives, and heard.
 */
class LiveChannelsTest {

    private static final RedisNames NAMES = new RedisNames("live-test:");

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.closeAndAwait();
    }

    @Test
    void aConnectionRefusedAtOnceFailsTheSubscribeAndTheNextOneConnectsAgain() {
        AtomicInteger connects = new AtomicInteger();
        LiveChannels live = new LiveChannels(
                new io.vertx.mutiny.redis.client.Redis(refusingAtOnce(connects)), vertx, LivePubSub.CLASSIC);

        assertThatThrownBy(() -> live.subscribe(List.of("g1")).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("refused");
        assertThatThrownBy(() -> live.subscribe(List.of("g2")).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("refused");
        assertThat(connects).as("each subscribe tried a connection of its own").hasValue(2);
    }

    @Test
    void afterRedisRestartsTheChannelsAreSubscribedAgainThroughRefusedConnectsAndMessagesFlow() throws Exception {
        try (RedisServer server = RedisServer.start(false)) {
            Redis real = Redis.createClient(vertx.getDelegate(), server.url());
            AtomicInteger refusals = new AtomicInteger();
            LiveChannels live = new LiveChannels(
                    new io.vertx.mutiny.redis.client.Redis(refusing(real, refusals)), vertx, LivePubSub.CLASSIC);
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            BlockingQueue<Set<String>> resubscribed = new LinkedBlockingQueue<>();
            live.listen((channel, payload) -> messages.add(channel + "=" + payload), resubscribed::add);
            live.subscribe(List.of("g1", "g2")).await().atMost(Duration.ofSeconds(5));
            publish(real, "g1", "before");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("g1=before");

            // The connection ends with Redis; while it is down, and for three connects once it is back, the
            // pool refuses at once (inside connect()): the retries must go on through all of them.
            refusals.set(3);
            server.restart();

            assertThat(resubscribed.poll(20, TimeUnit.SECONDS))
                    .as("the channels subscribed again after the restart")
                    .containsExactlyInAnyOrder("g1", "g2");
            assertThat(refusals.get()).as("every refused connect was retried").isLessThanOrEqualTo(0);
            publish(real, "g2", "after");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("g2=after");
            live.close();
            real.close();
        }
    }

    @Test
    void shardedChannelsHearSpublishNotPublish() throws Exception {
        try (RedisServer server = RedisServer.start(false)) {
            Redis real = Redis.createClient(vertx.getDelegate(), server.url());
            LiveChannels live =
                    new LiveChannels(new io.vertx.mutiny.redis.client.Redis(real), vertx, LivePubSub.SHARDED);
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            List<Set<String>> reconnects = new java.util.concurrent.CopyOnWriteArrayList<>();
            live.listen((channel, payload) -> messages.add(channel + "=" + payload), reconnects::add);
            String first = NAMES.game("g1").live();
            String second = NAMES.game("g2").live();
            live.subscribe(List.of(first, NAMES.game("g1").rejections()))
                    .await()
                    .atMost(Duration.ofSeconds(5));
            live.subscribe(List.of(second)).await().atMost(Duration.ofSeconds(5));

            // One connection, in order: a classic message would arrive before the sharded one sent after it.
            publish(real, first, "classic");
            send(real, Command.SPUBLISH, first, "sharded");
            send(real, Command.SPUBLISH, second, "sharded too");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo(first + "=sharded");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo(second + "=sharded too");

            live.unsubscribe(List.of(second));
            send(real, Command.SPUBLISH, second, "after leaving");
            send(real, Command.SPUBLISH, first, "still here");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo(first + "=still here");

            // Left and joined again at once: the answer to our own SUNSUBSCRIBE arrives while the channel is
            // wanted again, and must not pass for a slot that moved (which would make the connection again).
            live.unsubscribe(List.of(second));
            live.subscribe(List.of(second)).await().atMost(Duration.ofSeconds(5));
            send(real, Command.SPUBLISH, second, "back");
            assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo(second + "=back");
            assertThat(reconnects).as("connections made again").isEmpty();
            live.close();
            real.close();
        }
    }

    @Test
    void shardedOnARedisClusterEachGameIsHeardAtItsMasterThroughAFailoverAndAKilledMaster() throws Exception {
        try (RedisCluster cluster = RedisCluster.start(3)) {
            RedisOptions options = new RedisOptions().setType(RedisClientType.CLUSTER);
            cluster.urls().forEach(options::addConnectionString);
            Redis client = Redis.createClient(vertx.getDelegate(), options);
            LiveChannels live =
                    new LiveChannels(new io.vertx.mutiny.redis.client.Redis(client), vertx, LivePubSub.SHARDED);
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            Set<String> resubscribed = ConcurrentHashMap.newKeySet();
            live.listen((channel, payload) -> messages.add(channel + "=" + payload), resubscribed::addAll);
            List<String> channels = IntStream.range(0, 12)
                    .mapToObj(i -> NAMES.game("game-" + i).live())
                    .toList();
            for (String channel : channels) {
                // As GameFeeds does: a game's channels at once.
                live.subscribe(List.of(channel)).await().atMost(Duration.ofSeconds(10));
            }
            Map<Integer, List<String>> byMaster = channels.stream()
                    .collect(Collectors.groupingBy(
                            channel -> cluster.masterOf(channel).port()));
            assertThat(byMaster).as("games on every master: %s", byMaster).hasSize(3);
            assertEveryChannelHears(client, channels, "first", messages);

            // A manual failover: the old master stays up and ends the subscriptions of its slots' channels; the
            // connection is made again and every channel subscribed, each at its slot's master.
            cluster.failOver(channels.getFirst());
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(resubscribed).containsExactlyInAnyOrderElementsOf(channels));
            assertEveryChannelHears(client, channels, "after the failover", messages);

            // A killed master: its node connection drops, and every channel is subscribed again once its
            // replica serves the slots (the cluster's node timeout, then an election).
            resubscribed.clear();
            cluster.masterOf(channels.getLast()).kill();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(resubscribed).containsExactlyInAnyOrderElementsOf(channels));
            assertEveryChannelHears(client, channels, "after the kill", messages);
            live.close();
            client.close();
        }
    }

    /** Publishes {@code tag} on each channel (sent again while the cluster refuses) and waits for every one. */
    private static void assertEveryChannelHears(
            Redis client, List<String> channels, String tag, BlockingQueue<String> messages) throws Exception {
        for (String channel : channels) {
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> send(client, Command.SPUBLISH, channel, tag) >= 0);
        }
        Set<String> heard = new HashSet<>();
        Set<String> expected =
                channels.stream().map(channel -> channel + "=" + tag).collect(Collectors.toSet());
        while (!heard.containsAll(expected)) {
            String message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("heard %s of %s", heard, expected).isNotNull();
            heard.add(message);
        }
    }

    private static long send(Redis redis, Command command, String channel, String payload) {
        return redis.send(Request.cmd(command).arg(channel).arg(payload))
                .toCompletionStage()
                .toCompletableFuture()
                .join()
                .toLong();
    }

    private static void publish(Redis redis, String channel, String payload) {
        redis.send(Request.cmd(Command.PUBLISH).arg(channel).arg(payload))
                .toCompletionStage()
                .toCompletableFuture()
                .join();
    }

    /** {@code real}, except that while {@code refusals} is positive each connect has already failed when it returns. */
    private static Redis refusing(Redis real, AtomicInteger refusals) {
        return new Redis() {
            @Override
            public Future<RedisConnection> connect() {
                return refusals.getAndDecrement() > 0 ? Future.failedFuture("connection refused") : real.connect();
            }

            @Override
            public void close() {
                real.close();
            }

            @Override
            public Future<Response> send(Request command) {
                return real.send(command);
            }

            @Override
            public Future<List<Response>> batch(List<Request> commands) {
                return real.batch(commands);
            }
        };
    }

    /** A Redis whose every connect has already failed when it returns. */
    private static Redis refusingAtOnce(AtomicInteger connects) {
        return new Redis() {
            @Override
            public Future<RedisConnection> connect() {
                connects.incrementAndGet();
                return Future.failedFuture("connection refused");
            }

            @Override
            public void close() {}

            @Override
            public Future<Response> send(Request command) {
                return Future.failedFuture("not connected");
            }

            @Override
            public Future<List<Response>> batch(List<Request> commands) {
                return Future.failedFuture("not connected");
            }
        };
    }
}

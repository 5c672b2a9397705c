package io.buzzline.match.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;

/** A gateway's ear on one pub/sub channel: every message published there, in order, once subscribed. */
public final class ChannelListener implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    /** Returns once the subscription is in place, so nothing published afterwards is missed. */
    public ChannelListener(String url, String channel) throws Exception {
        RedisConnection subscriber = Redis.createClient(vertx, url)
                .connect()
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        subscriber.handler(message -> {
            if (message.size() == 3 && "message".equals(message.get(0).toString())) {
                messages.add(message.get(2).toString());
            }
        });
        subscriber
                .send(Request.cmd(Command.SUBSCRIBE).arg(channel))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    /** The payloads received so far. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        vertx.close();
    }
}

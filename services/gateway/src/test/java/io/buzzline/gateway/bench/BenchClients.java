package io.buzzline.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.GameCommand;
import io.buzzline.events.json.CommandCodec;
import io.buzzline.events.wire.Partitions;
import io.buzzline.events.wire.RedisNames;
import io.buzzline.events.wire.SharedStream;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * The load generator's plumbing: tokens signed like the lobby's, commands into match's stream, and
 * real WebSocket clients (Vert.x) spread over 127.0.0.x source addresses, since loopback offers about
 * 28k ephemeral ports per source address.
 */
final class BenchClients {

    private static final int PER_SOURCE_ADDRESS = 20_000;

    private final Vertx vertx = Vertx.vertx();
    private final List<WebSocketClient> clients = new ArrayList<>();
    private final PrivateKey key;
    private final RedisCommands redis;
    private final String prefix;
    private final int port;
    private final CommandCodec codec = new CommandCodec();
    private int opened;

    BenchClients(String redisUrl, String prefix, int port, Path privateKey) throws Exception {
        this.redis = new RedisCommands(redisUrl);
        this.prefix = prefix;
        this.port = port;
        String pem =
                Files.readString(privateKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        this.key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    String token(String gameId, String subject, String group) {
        return Jwt.issuer(TokenKeysTestResource.ISSUER)
                .audience(TokenKeysTestResource.AUDIENCE)
                .subject(subject)
                .groups(Set.of(group))
                .claim("gid", gameId)
                .claim("nick", subject)
                .expiresIn(3600)
                .jws()
                .keyId(TokenKeysTestResource.TOKEN_KEY_ID)
                .sign(key);
    }

    void command(String gameId, GameCommand command) {
        String id = UUID.randomUUID().toString();
        redis.send(
                Command.XADD,
                SharedStream.COMMANDS.key(prefix, Partitions.DEFAULT, gameId),
                "*",
                "payload",
                codec.encode(new CommandEnvelope(id, gameId, Instant.now(), command)),
                "content-type",
                "application/json",
                "message-id",
                id);
    }

    long logLength(String gameId) {
        return redis.send(Command.XLEN, new RedisNames(prefix).game(gameId).log())
                .toLong();
    }

    /** Opens a connection, sends hello and completes with it once the welcome arrived. */
    CompletableFuture<WebSocket> connect(String token, Consumer<JsonObject> frames) {
        WebSocketClient client = clientFor(opened++);
        CompletableFuture<WebSocket> welcomed = new CompletableFuture<>();
        Future<WebSocket> connecting = client.connect(
                new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"));
        connecting.onSuccess(socket -> {
            socket.textMessageHandler(text -> {
                JsonObject frame = new JsonObject(text);
                if ("welcome".equals(frame.getString("type"))) {
                    welcomed.complete(socket);
                }
                if ("events".equals(frame.getString("type"))) {
                    // Protocol v3 sends one decision's events in one frame: each is handled as if alone.
                    frame.getJsonArray("events")
                            .forEach(event -> frames.accept(new JsonObject()
                                    .put("type", "event")
                                    .put("sequence", ((JsonObject) event).getLong("sequence"))
                                    .put("event", event)));
                } else {
                    frames.accept(frame);
                }
            });
            socket.writeTextMessage(new JsonObject()
                    .put("type", "hello")
                    .put("v", Protocol.VERSION)
                    .put("token", token)
                    .encode());
        });
        connecting.onFailure(welcomed::completeExceptionally);
        return welcomed;
    }

    private synchronized WebSocketClient clientFor(int index) {
        int source = index / PER_SOURCE_ADDRESS;
        while (clients.size() <= source) {
            clients.add(vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setLocalAddress("127.0.0." + (clients.size() + 2))
                    .setMaxConnections(Integer.MAX_VALUE)
                    // A host's welcome lists every player (~100 bytes each): 1 MB for 10,000.
                    .setMaxMessageSize(16 * 1024 * 1024)
                    .setConnectTimeout(30_000)));
        }
        return clients.get(source);
    }

    void close() {
        vertx.close();
        redis.close();
    }
}

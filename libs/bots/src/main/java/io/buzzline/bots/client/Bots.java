package io.buzzline.bots.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.buzzline.bots.brain.AnswerKeys;
import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.brain.HostBrain;
import io.buzzline.bots.brain.HostPlan;
import io.buzzline.bots.brain.PlayerBrain;
import io.buzzline.bots.protocol.Frames;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;

/**
 * A set of bots sharing one HTTP client, one scheduler and one {@link AnswerKeys}. Given an editor's
 * token, the first bot that sees a game created reads its pack's keys from content (through the
 * gateway's edge, as an editor) before any bot acts on it, so players can be right on purpose; without
 * one, bots know a key from its reveal on. Bots are spread over the gateways round-robin; closing this
 * closes them.
 */
public final class Bots implements AutoCloseable {

    private final List<URI> gateways;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "bots");
        thread.setDaemon(true);
        return thread;
    });
    private final Frames frames = new Frames();
    private final AnswerKeys keys = new AnswerKeys();
    private final Random random;
    private final Consumer<String> log;
    private final Optional<Supplier<String>> editorToken;
    private final Content content;
    private final List<Bot> bots = new CopyOnWriteArrayList<>();

    /**
     * @param gateways each gateway's HTTP base ({@code http://127.0.0.1:8080}); the WebSocket is {@code /ws}
     * @param seed makes the bots' choices and reaction times repeatable
     * @param log where connection trouble is reported
     */
    public Bots(List<URI> gateways, long seed, Consumer<String> log) {
        this(gateways, seed, log, Optional.empty());
    }

    /**
     * Bots whose players know the keys of each game's pack, read from content with an editor's token
     * ({@code editorToken} is asked once per pack, so a short-lived token is fine).
     */
    public Bots(List<URI> gateways, long seed, Consumer<String> log, Supplier<String> editorToken) {
        this(gateways, seed, log, Optional.of(editorToken));
    }

    private Bots(List<URI> gateways, long seed, Consumer<String> log, Optional<Supplier<String>> editorToken) {
        this.gateways = gateways.stream().map(Bots::webSocket).toList();
        this.random = new Random(seed);
        this.log = log;
        this.editorToken = editorToken;
        this.content = new Content(http, URI.create(httpBase(gateways.getFirst()) + "/api/content"));
    }

    /** The lobby through the first gateway's REST edge. */
    public Lobby lobby(URI gateway) {
        return new Lobby(http, URI.create(httpBase(gateway) + "/api/lobby"));
    }

    public AnswerKeys keys() {
        return keys;
    }

    /**
     * A host bot: starts {@code startDelay} after {@code minPlayers} joined, moves on {@code pause} after
     * each reveal.
     */
    public Bot host(String name, String hostToken, int minPlayers, Duration startDelay, Duration pause) {
        return host(name, hostToken, minPlayers, startDelay, HostPlan.steady(pause));
    }

    /** A host bot: starts {@code startDelay} after {@code minPlayers} joined, then follows {@code plan}. */
    public Bot host(String name, String hostToken, int minPlayers, Duration startDelay, HostPlan plan) {
        return start(new Bot(
                name,
                hostToken,
                new HostBrain(minPlayers, startDelay, plan),
                this::learnKeys,
                gateways,
                bots.size(),
                http,
                scheduler,
                frames,
                log));
    }

    /** A player bot playing with {@code traits}. */
    public Bot player(String name, String playerId, String token, BotTraits traits) {
        return start(new Bot(
                name,
                token,
                new PlayerBrain(playerId, traits, keys, new Random(random.nextLong())),
                this::learnKeys,
                gateways,
                bots.size(),
                http,
                scheduler,
                frames,
                log));
    }

    public List<Bot> all() {
        return List.copyOf(bots);
    }

    /**
     * On a game's creation, reads its pack's keys once for every bot of this set. It runs on the bot's
     * receiving thread before its brain sees the event, so a host bot starts only once they are known.
     */
    private void learnKeys(EventEnvelope envelope) {
        if (!(envelope.event() instanceof GameCreated created) || editorToken.isEmpty()) {
            return;
        }
        String packId = created.settings().questionPackId();
        synchronized (keys) {
            if (keys.knowsPack(packId)) {
                return;
            }
            try {
                keys.learn(packId, content.keys(packId, editorToken.get().get()));
            } catch (RuntimeException e) {
                // Asked once: the bots of a big table would otherwise each ask again and fail the same way.
                keys.learn(packId, Map.of());
                log.accept("no answer keys for pack " + packId + " (bots guess until each reveal): " + e.getMessage());
            }
        }
    }

    private Bot start(Bot bot) {
        bots.add(bot);
        bot.connect();
        return bot;
    }

    @Override
    public void close() {
        bots.forEach(Bot::close);
        scheduler.shutdownNow();
        http.close();
    }

    private static String httpBase(URI gateway) {
        return gateway.toString().replaceAll("/+$", "").replaceFirst("/ws$", "").replaceFirst("^ws", "http");
    }

    private static URI webSocket(URI http) {
        String base = http.toString().replaceAll("/+$", "");
        if (base.startsWith("ws")) {
            return URI.create(base.endsWith("/ws") ? base : base + "/ws");
        }
        return URI.create(base.replaceFirst("^http", "ws") + "/ws");
    }
}

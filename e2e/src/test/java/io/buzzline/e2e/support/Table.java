package io.buzzline.e2e.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.brain.HostPlan;
import io.buzzline.bots.client.Bot;
import io.buzzline.bots.client.Bots;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.bots.client.Lobby;

/**
 * One game played by bots: created by a bot host through the gateway's REST edge, joined by
 * {@code players} bot players, every bot on the gateway WebSocket (spread over the gateways). On a
 * {@link Platform} the bots read the pack's keys as an editor (no client receives one before its
 * reveal), so their right answers are on purpose.
 */
public final class Table implements AutoCloseable {

    /** The host's pause after each reveal: long enough for the last answers' scores to be logged first. */
    public static final Duration PAUSE = Duration.ofMillis(1500);

    private final Bots bots;
    private final String gameId;
    private final Bot host;
    private final List<Bot> players;

    private Table(Bots bots, String gameId, Bot host, List<Bot> players) {
        this.bots = bots;
        this.gameId = gameId;
        this.host = host;
        this.players = players;
    }

    public static Table play(Platform platform, GameSpec spec, int players, BotTraits traits, long seed) {
        return play(platform, spec, players, traits, seed, PAUSE);
    }

    /** A table whose host moves on {@code hostPause} after each reveal ({@link Duration#ZERO}: at once). */
    public static Table play(
            Platform platform, GameSpec spec, int players, BotTraits traits, long seed, Duration hostPause) {
        return play(platform, spec, players, traits, seed, HostPlan.steady(hostPause));
    }

    /** A table whose host paces, skips and ends the game as {@code hostPlan} says. */
    public static Table play(
            Platform platform, GameSpec spec, int players, BotTraits traits, long seed, HostPlan hostPlan) {
        List<URI> gateways = platform.gateways();
        return play(
                new Bots(gateways, seed, Table::log, platform::editorToken), gateways, spec, players, traits, hostPlan);
    }

    /** A table whose bots know no key before its reveal: their right answers are guesses. */
    public static Table play(List<URI> gateways, GameSpec spec, int players, BotTraits traits, long seed) {
        return play(gateways, spec, players, traits, seed, PAUSE);
    }

    /** As {@link #play(List, GameSpec, int, BotTraits, long)}, the host moving on {@code hostPause} after each reveal. */
    public static Table play(
            List<URI> gateways, GameSpec spec, int players, BotTraits traits, long seed, Duration hostPause) {
        return play(gateways, spec, players, traits, seed, HostPlan.steady(hostPause));
    }

    /** As {@link #play(List, GameSpec, int, BotTraits, long)}, the host pacing, skipping and ending as {@code hostPlan} says. */
    public static Table play(
            List<URI> gateways, GameSpec spec, int players, BotTraits traits, long seed, HostPlan hostPlan) {
        return play(new Bots(gateways, seed, Table::log), gateways, spec, players, traits, hostPlan);
    }

    private static void log(String message) {
        System.out.println("[bots] " + message);
    }

    private static Table play(
            Bots bots, List<URI> gateways, GameSpec spec, int players, BotTraits traits, HostPlan hostPlan) {
        Lobby lobby = bots.lobby(gateways.getFirst());
        Lobby.CreatedGame game = lobby.create(spec);
        Bot host = bots.host("host", game.hostToken(), players, Duration.ZERO, hostPlan);
        List<Bot> joined = new ArrayList<>();
        for (int i = 1; i <= players; i++) {
            Lobby.JoinedPlayer player = lobby.join(game.joinCode(), "Bot " + i);
            joined.add(bots.player("bot-" + i, player.playerId(), player.token(), traits));
        }
        return new Table(bots, game.gameId(), host, List.copyOf(joined));
    }

    public String gameId() {
        return gameId;
    }

    public Bot host() {
        return host;
    }

    public List<Bot> players() {
        return players;
    }

    public List<Bot> all() {
        List<Bot> all = new ArrayList<>(players);
        all.addFirst(host);
        return all;
    }

    /** Waits until every bot saw GAME_ENDED; if they do not in time, says where each bot stands. */
    public void awaitEnd(Duration timeout) throws Exception {
        try {
            CompletableFuture.allOf(all().stream().map(Bot::finished).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder where = new StringBuilder("game " + gameId + " did not end within " + timeout + ":");
            for (Bot bot : all()) {
                var record = bot.record();
                var events = record.events();
                where.append("\n  ")
                        .append(bot.name())
                        .append(": finished=")
                        .append(bot.finished().isDone())
                        .append(", welcomes=")
                        .append(record.welcomes())
                        .append(", events=")
                        .append(events.size())
                        .append(", last=")
                        .append(
                                events.isEmpty()
                                        ? "none"
                                        : events.getLast().sequence() + " "
                                                + events.getLast().type())
                        .append(", sent=")
                        .append(record.sent().size())
                        .append(", acked=")
                        .append(record.acked().size())
                        .append(", answered by their event=")
                        .append(record.answered().size())
                        .append(", refused=")
                        .append(record.refused().stream().map(r -> r.code()).toList())
                        .append(", drops=")
                        .append(record.drops());
            }
            throw new AssertionError(where.toString(), e);
        }
    }

    @Override
    public void close() {
        bots.close();
    }
}

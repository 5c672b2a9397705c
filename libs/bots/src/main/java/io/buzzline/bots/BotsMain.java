package io.buzzline.bots;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.buzzline.bots.brain.BotTraits;
import io.buzzline.bots.client.Bot;
import io.buzzline.bots.client.Bots;
import io.buzzline.bots.client.GameSpec;
import io.buzzline.bots.client.Lobby;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;

/**
 * {@code scripts/bots}: adds bot players to a game by its join code, or creates a game with a bot host
 * and plays it to the end, printing what happens.
 */
public final class BotsMain {

    private static final String USAGE = """
            usage: scripts/bots [--players N] [--code JOINCODE] [options]
              --gateway URL        the gateway (default http://127.0.0.1:8080)
              --players N          bot players (default 4)
              --code CODE          join this game instead of creating one (its host starts it)
              --mode M             classic | buzzer | both (default both), when creating
              --questions N        questions per round (default 4), when creating
              --time-limit S       seconds per question (default 15), when creating
              --category C         question category (default geography), when creating
              --accuracy P         0..1, how often a bot answers right when it knows the key (default 0.7)
              --editor-token T     an editor's token (scripts/token editor): the bots read each pack's keys
                                   from content with it; without one they know a key only from its reveal
              --start-after S      seconds the bot host waits before starting, so people can join too (default 0)
              --pause-ms MS        the bot host's pause after each reveal (default 2000)
              --timeout S          give up after this many seconds (default 300)
              --seed N             repeatable choices and reaction times""";

    private BotsMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        URI gateway = URI.create(options.getOrDefault("gateway", "http://127.0.0.1:8080"));
        int players = Integer.parseInt(options.getOrDefault("players", "4"));
        double accuracy = Double.parseDouble(options.getOrDefault("accuracy", "0.7"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(System.nanoTime())));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "300")));
        BotTraits traits = new BotTraits(accuracy, Duration.ofMillis(300), Duration.ofMillis(1500), 1.0);

        String editorToken = options.get("editor-token");
        try (Bots bots = editorToken == null
                ? new Bots(List.of(gateway), seed, System.err::println)
                : new Bots(List.of(gateway), seed, System.err::println, () -> editorToken)) {
            Lobby lobby = bots.lobby(gateway);
            String code = options.get("code");
            Bot watcher;
            if (code == null) {
                Lobby.CreatedGame game = lobby.create(spec(options));
                code = game.joinCode();
                System.out.printf(
                        "Game %s created. Join code: %s%n  players: open %s/player.html and type the code%n",
                        game.gameId(), code, gateway);
                int startAfter = Integer.parseInt(options.getOrDefault("start-after", "0"));
                watcher = bots.host(
                        "host",
                        game.hostToken(),
                        players,
                        Duration.ofSeconds(startAfter),
                        Duration.ofMillis(Long.parseLong(options.getOrDefault("pause-ms", "2000"))));
            } else {
                watcher = null;
            }
            List<Bot> joined = new ArrayList<>();
            for (int i = 1; i <= players; i++) {
                Lobby.JoinedPlayer player = lobby.join(code, "Bot " + i);
                joined.add(bots.player(player.nickname(), player.playerId(), player.token(), traits));
            }
            System.out.printf("%d bot players joined game %s%n", joined.size(), code);
            Bot narrator = watcher != null ? watcher : joined.getFirst();
            narrate(narrator, timeout);
        }
    }

    private static GameSpec spec(Map<String, String> options) {
        int questions = Integer.parseInt(options.getOrDefault("questions", "4"));
        int limit = Integer.parseInt(options.getOrDefault("time-limit", "15"));
        List<RoundMode> modes =
                switch (options.getOrDefault("mode", "both")) {
                    case "classic" -> List.of(RoundMode.CLASSIC);
                    case "buzzer" -> List.of(RoundMode.BUZZER);
                    case "both" -> List.of(RoundMode.CLASSIC, RoundMode.BUZZER);
                    default -> throw new IllegalArgumentException("--mode is classic, buzzer or both\n" + USAGE);
                };
        return new GameSpec(
                modes.stream()
                        .map(mode -> new GameSpec.Round(mode, questions, limit))
                        .toList(),
                50,
                "en",
                List.of(options.getOrDefault("category", "geography")));
    }

    /** Prints the game as the narrating bot sees it until GAME_ENDED, then the final scores. */
    private static void narrate(Bot bot, Duration timeout) throws InterruptedException {
        Map<String, String> nicknames = new HashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        int printed = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<EventEnvelope> events = bot.record().events();
            for (; printed < events.size(); printed++) {
                describe(events.get(printed), nicknames, totals);
            }
            if (bot.finished().isDone() || System.nanoTime() > deadline) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (!bot.finished().isDone()) {
            System.out.println("The game did not end within " + timeout.toSeconds() + " s.");
            System.exit(1);
        }
        // Scores for the last answers may follow GAME_ENDED by a moment.
        TimeUnit.SECONDS.sleep(1);
        List<EventEnvelope> events = bot.record().events();
        for (; printed < events.size(); printed++) {
            describe(events.get(printed), nicknames, totals);
        }
        System.out.println("Final scores:");
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> System.out.printf(
                        "  %-20s %6d%n", nicknames.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
    }

    private static void describe(EventEnvelope envelope, Map<String, String> nicknames, Map<String, Long> totals) {
        switch (envelope.event()) {
            case PlayerJoined joined -> {
                nicknames.put(joined.playerId(), joined.nickname());
                totals.putIfAbsent(joined.playerId(), 0L);
            }
            case RoundStarted round ->
                System.out.printf("Round %d: %s, %d questions%n", round.round(), round.mode(), round.questionCount());
            case QuestionShown shown ->
                System.out.printf("  Q%d %s %s%n", shown.questionNumber(), shown.text(), shown.choices());
            case AnswerRevealed revealed ->
                System.out.printf("     answer: %s (%s)%n", revealed.correctAnswer(), revealed.reason());
            case ScoreUpdated score -> {
                totals.put(score.playerId(), score.total());
                System.out.printf(
                        "     %s %+d → %d%n",
                        nicknames.getOrDefault(score.playerId(), score.playerId()), score.points(), score.total());
            }
            case GameEnded ended -> System.out.println("Game over (" + ended.reason() + ")");
            default -> {}
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(USAGE);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}

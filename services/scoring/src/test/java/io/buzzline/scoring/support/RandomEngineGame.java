package io.buzzline.scoring.support;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.Player;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;

/**
 * A whole game of random play decided by the real engine: 3 CLASSIC questions then 2 BUZZER ones,
 * six players answering right or wrong at random speeds, a late join, a leave, sometimes a skip, and a
 * host who presses next the instant each reveal is in (the last one ends the game).
 */
public final class RandomEngineGame {

    private static final String HOST = "host-r";
    private static final int CLASSIC_QUESTIONS = 3;
    private static final int BUZZER_QUESTIONS = 2;

    private RandomEngineGame() {}

    public static EngineGame play(String name, Random random) {
        EngineGame game =
                new EngineGame(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        GameSettings settings = new GameSettings(
                List.of(
                        new RoundSettings(
                                RoundMode.CLASSIC,
                                CLASSIC_QUESTIONS,
                                Duration.ofSeconds(20),
                                Duration.ofSeconds(10),
                                1000,
                                0),
                        new RoundSettings(
                                RoundMode.BUZZER,
                                BUZZER_QUESTIONS,
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(10),
                                500,
                                150)),
                20,
                false,
                "en",
                "pack-r",
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.DEFAULT);
        int total = CLASSIC_QUESTIONS + BUZZER_QUESTIONS;
        List<Question> questions = IntStream.rangeClosed(1, total)
                .mapToObj(i -> new Question("q" + i, "Question " + i + "?", List.of("A", "B", "C"), "A"))
                .toList();
        game.accept(new CreateGame(HOST, settings));
        game.accept(new LoadQuestions(new QuestionPack("pack-r", questions)));
        for (int p = 1; p <= 6; p++) {
            game.accept(new JoinGame("rand-" + p, "Rand " + p, null));
        }
        game.accept(new StartGame(HOST));
        for (int q = 1; q <= CLASSIC_QUESTIONS; q++) {
            classic(game, random, q);
            game.accept(new ShowNextQuestion(HOST));
        }
        for (int q = 1; q <= BUZZER_QUESTIONS; q++) {
            buzzer(game, random);
            game.accept(new ShowNextQuestion(HOST));
        }
        if (game.state().phase() != GamePhase.ENDED) {
            throw new IllegalStateException(
                    "the game did not end: " + game.state().phase());
        }
        return game;
    }

    private static void classic(EngineGame game, Random random, int number) {
        if (number == 2) {
            game.accept(new JoinGame("rand-late", "Late", null));
        }
        for (String player : active(game)) {
            if (number == 3 && player.equals("rand-2")) {
                game.accept(new LeaveGame(player));
                continue;
            }
            if (game.state().phase() != GamePhase.QUESTION_OPEN) {
                return;
            }
            if (random.nextInt(8) == 0) {
                game.accept(new SkipQuestion(HOST));
                return;
            }
            game.after(random.nextInt(3_000));
            String answer = random.nextInt(10) < 7 ? "A" : "B";
            game.accept(new SubmitAnswer(player, game.state().question().questionId(), answer, game.now()));
        }
        if (game.state().phase() == GamePhase.QUESTION_OPEN) {
            game.fireTimer();
        }
    }

    /** Players buzz in turn until one answers right or nobody is left. */
    private static void buzzer(EngineGame game, Random random) {
        while (game.state().phase().questionOpen()) {
            var q = game.state().question();
            List<String> free = active(game).stream()
                    .filter(p -> !q.buzzer().lockedOut().contains(p))
                    .toList();
            game.after(200 + random.nextInt(1_000));
            game.accept(new PressBuzz(free.get(random.nextInt(free.size())), q.questionId(), game.now(), 40));
            game.fireTimer();
            game.after(random.nextInt(2_000));
            String winner = game.state().question().buzzer().awardedTo();
            String answer = random.nextBoolean() ? "A" : "C";
            game.accept(new SubmitAnswer(winner, q.questionId(), answer, game.now()));
        }
    }

    private static List<String> active(EngineGame game) {
        return game.state().players().values().stream()
                .filter(Player::active)
                .map(Player::playerId)
                .sorted()
                .toList();
    }
}

package io.buzzline.gateway.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.GameSettings;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.events.StreakBonus;

/**
 * One real event of every type, with nanosecond instants and fractional durations so the formats are
 * exercised. The switch has no default: a new event type does not compile until it has a sample.
 */
final class EventSamples {

    private static final Instant T0 = Instant.parse("2026-11-25T19:00:00.123456789Z");
    private static final String PLAYER = "p_Vx3kQ9mZ2bL8tR1w";
    private static final String QUESTION = "3kPq8ZtW1mVx7bNc2LrY";

    private EventSamples() {}

    static EventEnvelope envelope(EventType type) {
        return EventEnvelope.of("g_3f9a1c0e5b7d2468", type.code(), T0.plusMillis(type.code()), event(type));
    }

    private static GameEvent event(EventType type) {
        return switch (type) {
            case GAME_CREATED -> new GameCreated("h_3f9a1c0e5b7d2468", settings());
            case PLAYER_JOINED -> new PlayerJoined(PLAYER, "Ada", "team-red");
            case ROUND_STARTED -> new RoundStarted(2, RoundMode.BUZZER, 3);
            case QUESTION_SHOWN ->
                new QuestionShown(
                        1,
                        1,
                        QUESTION,
                        "Which river flows through Vienna?",
                        List.of("Danube", "Rhine", "Elbe"),
                        T0,
                        T0.plusSeconds(20));
            case BUZZ_PRESSED -> new BuzzPressed(PLAYER, QUESTION, T0.plusMillis(3218), 42);
            case ANSWER_SUBMITTED -> new AnswerSubmitted(PLAYER, QUESTION, "Rhine", 5_030, RoundMode.BUZZER, false);
            case SCORE_UPDATED ->
                new ScoreUpdated(PLAYER, "g_3f9a1c0e5b7d2468:21", -500, 412, ScoreUpdated.Reason.BUZZER_WRONG, 0);
            case ROUND_ENDED -> new RoundEnded(1);
            case GAME_ENDED -> new GameEnded(GameEnded.Reason.ENDED_BY_HOST);
            case QUESTIONS_LOADED ->
                new QuestionsLoaded(new QuestionPack(
                        "9b2f6c1e-4d7a-4e3b-8f15-2c6a9d0e7b41",
                        List.of(
                                new Question(
                                        QUESTION,
                                        "Which river flows through Vienna?",
                                        List.of("Danube", "Rhine"),
                                        "Danube"),
                                new Question("Q7dLm2Xw9Rt4Kp1Zs8Vb", "2 + 2?", List.of("3", "4"), "4"))));
            case PLAYER_LEFT -> new PlayerLeft(PLAYER, PlayerLeft.Reason.LEFT);
            case BUZZER_AWARDED -> new BuzzerAwarded(PLAYER, QUESTION, T0.plusSeconds(8));
            case BUZZER_REOPENED -> new BuzzerReopened(PLAYER, QUESTION, BuzzerReopened.Reason.TIMED_OUT);
            case ANSWER_REVEALED -> new AnswerRevealed(2, 3, QUESTION, "Danube", AnswerRevealed.Reason.NO_ONE_LEFT);
        };
    }

    private static GameSettings settings() {
        return new GameSettings(
                List.of(
                        new RoundSettings(RoundMode.CLASSIC, 5, Duration.ofSeconds(20)),
                        new RoundSettings(
                                RoundMode.BUZZER, 3, Duration.ofMillis(12_500), Duration.ofSeconds(8), 2000, 500)),
                250,
                true,
                "en",
                "9b2f6c1e-4d7a-4e3b-8f15-2c6a9d0e7b41",
                Duration.ofMinutes(1).plusSeconds(30),
                new BuzzerSettings(Duration.ofMillis(300), Duration.ofMillis(150)),
                StreakBonus.DEFAULT);
    }
}

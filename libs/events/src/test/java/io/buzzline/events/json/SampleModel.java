package io.buzzline.events.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.buzzline.commands.CommandEnvelope;
import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.FireTimer;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
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

/** One example of every event and command, with sub-millisecond times to prove exact round trips. */
final class SampleModel {

    static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456789Z");
    static final GameSettings SETTINGS = new GameSettings(
            List.of(
                    new RoundSettings(RoundMode.CLASSIC, 5, Duration.ofSeconds(20)),
                    new RoundSettings(
                            RoundMode.BUZZER, 3, Duration.ofMillis(12_500), Duration.ofSeconds(8), 2000, 500)),
            250,
            false,
            "en",
            "pack-7",
            Duration.ofMillis(4_500),
            new BuzzerSettings(Duration.ofMillis(120), Duration.ofMillis(90)),
            new StreakBonus(100, 500));
    static final QuestionPack PACK = new QuestionPack(
            "pack-7",
            List.of(
                    new Question("q-42", "Which planet is largest?", List.of("Mars", "Jupiter", "Venus"), "Jupiter"),
                    new Question("q-43", "2 + 2?", List.of("3", "4"), "4")));

    private SampleModel() {}

    static List<EventEnvelope> events() {
        return List.of(
                EventEnvelope.of("g-1", 1, T0, new GameCreated("host-1", SETTINGS)),
                EventEnvelope.of("g-1", 2, T0.plusMillis(1), new PlayerJoined("p-1", "Ada", null)),
                EventEnvelope.of("g-1", 3, T0.plusMillis(2), new PlayerJoined("p-2", "Grace", "team-red")),
                EventEnvelope.of("g-1", 4, T0.plusMillis(3), new RoundStarted(1, RoundMode.CLASSIC, 5)),
                EventEnvelope.of(
                        "g-1",
                        5,
                        T0.plusMillis(4),
                        new QuestionShown(
                                1,
                                1,
                                "q-42",
                                "Which planet is largest?",
                                List.of("Mars", "Jupiter", "Venus", "Earth"),
                                T0.plusSeconds(1),
                                T0.plusSeconds(21))),
                EventEnvelope.of(
                        "g-1", 6, T0.plusMillis(5), new BuzzPressed("p-1", "q-42", T0.plusMillis(1500), 40, 120)),
                EventEnvelope.of(
                        "g-1",
                        7,
                        T0.plusMillis(6),
                        new AnswerSubmitted("p-1", "q-42", "Jupiter", 1_450, RoundMode.CLASSIC, true)),
                EventEnvelope.of(
                        "g-1",
                        8,
                        T0.plusMillis(7),
                        new ScoreUpdated("p-1", "g-1:7", 964, 964, ScoreUpdated.Reason.CLASSIC_CORRECT, 1)),
                EventEnvelope.of("g-1", 9, T0.plusMillis(8), new RoundEnded(1)),
                EventEnvelope.of("g-1", 10, T0.plusMillis(9), new GameEnded(GameEnded.Reason.COMPLETED)),
                EventEnvelope.of("g-1", 11, T0.plusMillis(10), new QuestionsLoaded(PACK)),
                EventEnvelope.of("g-1", 12, T0.plusMillis(11), new PlayerLeft("p-2", PlayerLeft.Reason.KICKED)),
                EventEnvelope.of("g-1", 13, T0.plusMillis(12), new BuzzerAwarded("p-1", "q-43", T0.plusSeconds(9))),
                EventEnvelope.of(
                        "g-1",
                        14,
                        T0.plusMillis(13),
                        new BuzzerReopened("p-1", "q-43", BuzzerReopened.Reason.WRONG_ANSWER)),
                EventEnvelope.of(
                        "g-1",
                        15,
                        T0.plusMillis(14),
                        new AnswerRevealed(1, 1, "q-42", "Jupiter", AnswerRevealed.Reason.TIME_UP)));
    }

    static List<CommandEnvelope> commands() {
        return List.of(
                new CommandEnvelope("c-1", "g-1", T0, new CreateGame("host-1", SETTINGS)),
                new CommandEnvelope("c-2", "g-1", T0, new JoinGame("p-1", "Ada", null)),
                new CommandEnvelope("c-3", "g-1", T0, new LeaveGame("p-1")),
                new CommandEnvelope("c-4", "g-1", T0, new StartGame("host-1")),
                new CommandEnvelope("c-5", "g-1", T0, new ShowNextQuestion("host-1")),
                new CommandEnvelope(
                        "c-6", "g-1", T0, new PressBuzz("p-1", "q-42", T0.plusNanos(7), 85, T0.minusMillis(900))),
                new CommandEnvelope("c-7", "g-1", T0, new SubmitAnswer("p-1", "q-42", "Jupiter", T0)),
                new CommandEnvelope("c-8", "g-1", T0, new FireTimer("answer-due:q-42", T0.plusSeconds(20))),
                new CommandEnvelope("c-9", "g-1", T0, new SkipQuestion("host-1")),
                new CommandEnvelope("c-10", "g-1", T0, new KickPlayer("host-1", "p-2")),
                new CommandEnvelope("c-11", "g-1", T0, new EndGame("host-1")),
                new CommandEnvelope("c-13", "g-1", T0, new LoadQuestions(PACK)),
                new CommandEnvelope("c-14", "g-1", T0, new ReportPackUnavailable(PACK.packId())));
    }
}

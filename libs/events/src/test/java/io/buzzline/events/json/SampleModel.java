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
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.RecordScore;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameSettings;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;

/** One example of every event and command, with sub-millisecond times to prove exact round trips. */
final class SampleModel {

    static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456789Z");
    static final GameSettings SETTINGS = new GameSettings(
            List.of(
                    new RoundSettings(RoundMode.CLASSIC, 5, Duration.ofSeconds(20)),
                    new RoundSettings(RoundMode.BUZZER, 3, Duration.ofMillis(12_500))),
            250,
            false,
            "en");

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
                EventEnvelope.of("g-1", 6, T0.plusMillis(5), new BuzzPressed("p-1", "q-42", T0.plusMillis(1500), 40)),
                EventEnvelope.of("g-1", 7, T0.plusMillis(6), new AnswerSubmitted("p-1", "q-42", "Jupiter", 1_450)),
                EventEnvelope.of("g-1", 8, T0.plusMillis(7), new ScoreUpdated("p-1", "g-1:7", 964, 964, "CORRECT")),
                EventEnvelope.of("g-1", 9, T0.plusMillis(8), new RoundEnded(1)),
                EventEnvelope.of("g-1", 10, T0.plusMillis(9), new GameEnded(GameEnded.Reason.COMPLETED)));
    }

    static List<CommandEnvelope> commands() {
        return List.of(
                new CommandEnvelope("c-1", "g-1", T0, new CreateGame("host-1", SETTINGS)),
                new CommandEnvelope("c-2", "g-1", T0, new JoinGame("p-1", "Ada", null)),
                new CommandEnvelope("c-3", "g-1", T0, new LeaveGame("p-1")),
                new CommandEnvelope("c-4", "g-1", T0, new StartGame("host-1")),
                new CommandEnvelope("c-5", "g-1", T0, new ShowNextQuestion("host-1")),
                new CommandEnvelope("c-6", "g-1", T0, new PressBuzz("p-1", "q-42", T0.plusNanos(7), 85)),
                new CommandEnvelope("c-7", "g-1", T0, new SubmitAnswer("p-1", "q-42", "Jupiter", T0)),
                new CommandEnvelope("c-8", "g-1", T0, new FireTimer("answer-due:q-42", T0.plusSeconds(20))),
                new CommandEnvelope("c-9", "g-1", T0, new SkipQuestion("host-1")),
                new CommandEnvelope("c-10", "g-1", T0, new KickPlayer("host-1", "p-2")),
                new CommandEnvelope("c-11", "g-1", T0, new EndGame("host-1")),
                new CommandEnvelope("c-12", "g-1", T0, new RecordScore("p-1", "g-1:7", -200, 764, "WRONG_BUZZ")));
    }
}

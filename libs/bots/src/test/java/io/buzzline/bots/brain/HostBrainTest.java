package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameSettings;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.RoundStarted;

import static org.assertj.core.api.Assertions.assertThat;

class HostBrainTest {

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private static final GameCreated CREATED = new GameCreated(
            "h",
            new GameSettings(
                    List.of(new RoundSettings(RoundMode.CLASSIC, 1, Duration.ofSeconds(20))), 10, false, "en", "pack"));

    private final Events events = new Events();
    private final HostBrain host = new HostBrain(2, Duration.ZERO, PAUSE);

    @Test
    void startsOnceTheGameExistsAndEnoughPlayersJoined() {
        assertThat(host.onPlayers(2)).isEmpty();
        assertThat(host.wants(new ClientFrame.Start())).isFalse();
        assertThat(host.onPlayers(1)).isEmpty();
        assertThat(host.onEvent(events.next(CREATED))).isEmpty();

        // Players arrive as a count (welcome, ticks); a player's own join never reaches the host.
        assertThat(host.onEvent(events.next(new PlayerJoined("p2", "Bob", null))))
                .isEmpty();
        assertThat(host.onPlayers(2)).extracting(Planned::frame).containsExactly(new ClientFrame.Start());
        assertThat(host.wants(new ClientFrame.Start())).isTrue();
        host.onEvent(events.next(new RoundStarted(1, RoundMode.CLASSIC, 1)));
        assertThat(host.wants(new ClientFrame.Start())).isFalse();
    }

    @Test
    void movesOnAfterEachRevealUntilTheGameEnds() {
        assertThat(host.onEvent(events.next(new AnswerRevealed(1, 1, "q1", "A", AnswerRevealed.Reason.ANSWERED))))
                .containsExactly(new Planned(new ClientFrame.Next(), PAUSE));
        assertThat(host.wants(new ClientFrame.Next())).isTrue();
        host.onEvent(events.next(Events.question("q2")));
        assertThat(host.wants(new ClientFrame.Next())).isFalse();

        host.onEvent(events.next(new GameEnded(GameEnded.Reason.COMPLETED)));
        assertThat(host.finished()).isTrue();
        assertThat(host.wants(new ClientFrame.Next())).isFalse();
    }

    @Test
    void aStartRefusedBeforeThePackIsLoadedIsTriedAgainWhileStillWanted() {
        host.onEvent(events.next(CREATED));
        host.onPlayers(2);

        // The host cannot see the pack arrive (it holds the keys): match refuses a start until it did.
        assertThat(host.onRefused(new ClientFrame.Start(), "QUESTIONS_NOT_LOADED"))
                .extracting(Planned::frame)
                .containsExactly(new ClientFrame.Start());
        assertThat(host.onRefused(new ClientFrame.Start(), "UNAVAILABLE"))
                .extracting(Planned::frame)
                .containsExactly(new ClientFrame.Start());
        host.onEvent(events.next(new RoundStarted(1, RoundMode.CLASSIC, 1)));
        assertThat(host.onRefused(new ClientFrame.Start(), "GAME_ALREADY_STARTED"))
                .isEmpty();
    }

    @Test
    void followsItsPlanPausesPerRevealSkipsAndEndsEarly() {
        HostPlan plan = new HostPlan(
                List.of(Duration.ZERO, Duration.ofMillis(700)),
                Map.of(2, Duration.ofMillis(300)),
                3,
                Duration.ofMillis(50));
        HostBrain paced = new HostBrain(2, Duration.ZERO, plan);

        assertThat(paced.onEvent(events.next(Events.question("q1")))).isEmpty();
        assertThat(paced.onEvent(events.next(new AnswerRevealed(1, 1, "q1", "A", AnswerRevealed.Reason.ANSWERED))))
                .containsExactly(new Planned(new ClientFrame.Next(), Duration.ZERO));

        assertThat(paced.onEvent(events.next(Events.question("q2"))))
                .containsExactly(new Planned(new ClientFrame.Skip(), Duration.ofMillis(300)));
        assertThat(paced.wants(new ClientFrame.Skip())).isTrue();
        assertThat(paced.wants(new ClientFrame.End())).isFalse();
        assertThat(paced.onEvent(events.next(new AnswerRevealed(1, 2, "q2", "A", AnswerRevealed.Reason.SKIPPED))))
                .containsExactly(new Planned(new ClientFrame.Next(), Duration.ofMillis(700)));
        assertThat(paced.wants(new ClientFrame.Skip())).isFalse();

        // The skip planned for question 2 would close question 3, which the plan does not skip: not sent.
        assertThat(paced.onEvent(events.next(Events.question("q3"))))
                .containsExactly(new Planned(new ClientFrame.End(), Duration.ofMillis(50)));
        assertThat(paced.wants(new ClientFrame.Skip())).isFalse();
        assertThat(paced.wants(new ClientFrame.End())).isTrue();
        assertThat(paced.onEvent(events.next(new AnswerRevealed(1, 3, "q3", "A", AnswerRevealed.Reason.TIME_UP))))
                .containsExactly(new Planned(new ClientFrame.Next(), Duration.ofMillis(700)));
        assertThat(paced.wants(new ClientFrame.End()))
                .as("still wanted after the reveal")
                .isTrue();

        paced.onEvent(events.next(new GameEnded(GameEnded.Reason.ENDED_BY_HOST)));
        assertThat(paced.wants(new ClientFrame.End())).isFalse();
        assertThat(paced.onRefused(new ClientFrame.End(), "GAME_ENDED")).isEmpty();
    }
}

package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;

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
}

package io.buzzline.gateway.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.engine.GameState;
import io.buzzline.engine.Replay;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.support.GameDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-role projection: the answer key reaches every role only at the reveal; the loaded pack never. */
class ViewProjectorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Identity HOST = new Identity("h", Role.HOST, "g", "Host");
    private static final Identity ADA = new Identity("p1", Role.PLAYER, "g", "Ada");
    private static final Identity WATCHER = new Identity("w", Role.SPECTATOR, "g", "Watcher");

    private final List<EventEnvelope> log = new ArrayList<>();

    @Test
    void theKeyIsInNoRolesViewUntilTheReveal() {
        questionOpen();
        GameState open = Replay.fromLog("g", log);
        assertThat(ViewProjector.view(open, HOST).question().correctAnswer()).isNull();
        assertThat(ViewProjector.view(open, ADA).question().correctAnswer()).isNull();
        assertThat(ViewProjector.view(open, WATCHER).question().correctAnswer()).isNull();

        append(new AnswerSubmitted("p1", "q1", "B", 100, RoundMode.CLASSIC, true));
        append(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.ANSWERED));
        GameView revealed = ViewProjector.view(Replay.fromLog("g", log), ADA);
        assertThat(revealed.question().revealed()).isTrue();
        assertThat(revealed.question().correctAnswer()).isEqualTo("B");
        assertThat(revealed.me().answeredCurrent()).isTrue();
        assertThat(revealed.me().rank()).isEqualTo(1);
        assertThat(ViewProjector.view(Replay.fromLog("g", log), HOST).question().correctAnswer())
                .isEqualTo("B");
    }

    @Test
    void eventsAreFilteredByTheirDeclaredVisibility() {
        questionOpen();
        EventEnvelope loaded = log.get(1);
        EventEnvelope answer = envelope(new AnswerSubmitted("p1", "q1", "B", 100, RoundMode.CLASSIC, true));
        EventEnvelope shown = log.getLast();
        assertThat(ViewProjector.visible(loaded, HOST)).isFalse();
        assertThat(ViewProjector.visible(loaded, ADA)).isFalse();
        assertThat(ViewProjector.visible(answer, ADA)).isFalse();
        assertThat(ViewProjector.visible(answer, WATCHER)).isFalse();
        assertThat(ViewProjector.visible(shown, ADA)).isTrue();
        assertThat(ViewProjector.visible(shown, WATCHER)).isTrue();
        // A host sees the flow, not the keys, each player's own events nor log-only ones.
        EventEnvelope joined = envelope(new PlayerJoined("p1", "Ada", null));
        assertThat(ViewProjector.visible(answer, HOST)).isFalse();
        assertThat(ViewProjector.visible(joined, HOST)).isFalse();
        assertThat(ViewProjector.visible(joined, WATCHER)).isFalse();
        assertThat(ViewProjector.visible(joined, ADA)).isTrue();
        assertThat(ViewProjector.visible(joined, new Identity("p2", Role.PLAYER, "g", "Bo")))
                .isFalse();
        assertThat(ViewProjector.visible(shown, HOST)).isTrue();
    }

    @Test
    void playersGetTheTopStandingsAndTheirOwnHostsGetAll() {
        append(new GameCreated("h", GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(20), 50)));
        for (int i = 1; i <= 30; i++) {
            append(new PlayerJoined("p" + i, "Player " + i, null));
        }
        GameState lobby = Replay.fromLog("g", log);
        Identity last = new Identity("p30", Role.PLAYER, "g", "Player 30");

        GameView player = ViewProjector.view(lobby, last, Standings.of(lobby), 10);
        assertThat(player.playerCount()).isEqualTo(30);
        assertThat(player.leaderboard()).hasSize(10);
        assertThat(player.me().rank()).isNotNull();
        assertThat(player.me().id()).isEqualTo("p30");
        assertThat(player.me().rank())
                .isEqualTo(ViewProjector.view(lobby, last).leaderboard().stream()
                        .filter(s -> s.playerId().equals("p30"))
                        .findFirst()
                        .orElseThrow()
                        .rank());
        assertThat(ViewProjector.view(lobby, WATCHER, Standings.of(lobby), 10).leaderboard())
                .hasSize(10);
        GameView host = ViewProjector.view(lobby, HOST, Standings.of(lobby), 10);
        assertThat(host.leaderboard()).hasSize(30);
        assertThat(host.playerCount()).isEqualTo(30);
    }

    private void questionOpen() {
        Question q1 = new Question("q1", "Question 1?", List.of("A", "B", "C"), "B");
        append(new GameCreated("h", GameDriver.settings(RoundMode.CLASSIC, 1, Duration.ofSeconds(20))));
        append(new QuestionsLoaded(new QuestionPack("pack-1", List.of(q1))));
        append(new PlayerJoined("p1", "Ada", null));
        append(new RoundStarted(1, RoundMode.CLASSIC, 1));
        append(new QuestionShown(1, 1, "q1", "Question 1?", q1.choices(), T0, T0.plusSeconds(20)));
    }

    private void append(GameEvent event) {
        log.add(envelope(event));
    }

    private EventEnvelope envelope(GameEvent event) {
        return EventEnvelope.of("g", log.size() + 1, T0, event);
    }
}

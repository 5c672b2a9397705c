package io.buzzline.bots.protocol;

import org.junit.jupiter.api.Test;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventType;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.RoundMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FramesTest {

    private final Frames frames = new Frames();

    @Test
    void clientFramesCarryTheProtocolFieldsAndTheId() {
        assertThat(frames.encode(new ClientFrame.Hello("tok", 7), "h"))
                .isEqualTo("{\"type\":\"hello\",\"id\":\"h\",\"v\":3,\"token\":\"tok\",\"lastSequence\":7}");
        assertThat(frames.encode(new ClientFrame.Buzz("q1"), "b"))
                .isEqualTo("{\"type\":\"buzz\",\"id\":\"b\",\"questionId\":\"q1\"}");
        assertThat(frames.encode(new ClientFrame.Answer("q1", "Paris"), "a"))
                .isEqualTo("{\"type\":\"answer\",\"id\":\"a\",\"questionId\":\"q1\",\"answer\":\"Paris\"}");
        assertThat(frames.encode(new ClientFrame.Start(), "s")).isEqualTo("{\"type\":\"start\",\"id\":\"s\"}");
        assertThat(frames.encode(new ClientFrame.Next(), null)).isEqualTo("{\"type\":\"next\"}");
        assertThat(frames.encode(new ClientFrame.Skip(), "k")).isEqualTo("{\"type\":\"skip\",\"id\":\"k\"}");
        assertThat(frames.encode(new ClientFrame.End(), "e")).isEqualTo("{\"type\":\"end\",\"id\":\"e\"}");
    }

    @Test
    void onlyGameActionsAreCommands() {
        assertThat(new ClientFrame.Buzz("q").isCommand()).isTrue();
        assertThat(new ClientFrame.Next().isCommand()).isTrue();
        assertThat(new ClientFrame.Skip().isCommand()).isTrue();
        assertThat(new ClientFrame.End().isCommand()).isTrue();
        assertThat(new ClientFrame.Hello("t", 0).isCommand()).isFalse();
        assertThat(new ClientFrame.Ping(1).isCommand()).isFalse();
    }

    @Test
    void anEventFrameDecodesTheCanonicalEvent() {
        ServerFrame frame = frames.decode("{\"type\":\"event\",\"sequence\":2,\"event\":{\"type\":\"PLAYER_JOINED\","
                + "\"gameId\":\"g-1\",\"sequence\":2,\"serverTime\":\"2026-11-25T10:15:30Z\",\"schemaVersion\":1,"
                + "\"data\":{\"playerId\":\"p-1\",\"nickname\":\"Ada\",\"teamId\":null}}}");

        assertThat(frame).isInstanceOfSatisfying(ServerFrame.Event.class, event -> {
            assertThat(event.sequence()).isEqualTo(2);
            assertThat(event.envelope().type()).isEqualTo(EventType.PLAYER_JOINED);
            assertThat(event.envelope().event()).isEqualTo(new PlayerJoined("p-1", "Ada", null));
        });
    }

    @Test
    void anEventsFrameDecodesEachElementAsAnEventFrame() {
        ServerFrame frame = frames.decode("{\"type\":\"events\",\"sequence\":9,\"events\":["
                + event(
                        7,
                        "ANSWER_SUBMITTED",
                        "{\"playerId\":\"p-1\",\"questionId\":\"q-1\",\"answer\":\"Paris\","
                                + "\"responseTimeMillis\":800,\"mode\":\"BUZZER\",\"correct\":true}")
                + ","
                + event(
                        9,
                        "ANSWER_REVEALED",
                        "{\"round\":1,\"questionNumber\":1,\"questionId\":\"q-1\","
                                + "\"correctAnswer\":\"Paris\",\"reason\":\"ANSWERED\"}")
                + "]}");

        assertThat(frame).isInstanceOfSatisfying(ServerFrame.Events.class, batch -> {
            assertThat(batch.sequence()).isEqualTo(9);
            assertThat(batch.events()).extracting(ServerFrame.Event::sequence).containsExactly(7L, 9L);
            assertThat(batch.events().getFirst().envelope().event())
                    .isEqualTo(new AnswerSubmitted("p-1", "q-1", "Paris", 800, RoundMode.BUZZER, true));
            assertThat(batch.events().getLast().envelope().event())
                    .isEqualTo(new AnswerRevealed(1, 1, "q-1", "Paris", AnswerRevealed.Reason.ANSWERED));
        });
    }

    @Test
    void anEventsFrameIsRefusedWhenItsElementsOrItsSequenceDoNotHold() {
        String seven = event(7, "ROUND_ENDED", "{\"round\":1}");
        String eight = event(8, "GAME_ENDED", "{\"reason\":\"COMPLETED\"}");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"events\",\"sequence\":8}"))
                .hasMessageContaining("without sequence or events");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"events\",\"sequence\":8,\"events\":[]}"))
                .hasMessageContaining("without sequence or events");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"events\",\"sequence\":8,\"events\":[" + seven + ",3]}"))
                .hasMessageContaining("no event");
        assertThatThrownBy(() -> frames.decode(
                        "{\"type\":\"events\",\"sequence\":8,\"events\":[" + seven + ",{\"type\":\"NOPE\"}]}"))
                .hasMessageContaining("invalid event");
        assertThatThrownBy(() ->
                        frames.decode("{\"type\":\"events\",\"sequence\":8,\"events\":[" + eight + "," + seven + "]}"))
                .hasMessageContaining("out of sequence order");
        assertThatThrownBy(() ->
                        frames.decode("{\"type\":\"events\",\"sequence\":7,\"events\":[" + seven + "," + eight + "]}"))
                .hasMessageContaining("differs from its last event's 8");
    }

    @Test
    void welcomeAckErrorAndPongDecode() {
        assertThat(frames.decode("{\"type\":\"welcome\",\"id\":\"h\",\"v\":3,\"role\":\"player\",\"subject\":\"p-1\","
                        + "\"deliveredFrom\":5,\"view\":{\"phase\":\"LOBBY\"}}"))
                .isInstanceOfSatisfying(ServerFrame.Welcome.class, welcome -> {
                    assertThat(welcome.deliveredFrom()).isEqualTo(5);
                    assertThat(welcome.role()).isEqualTo("player");
                    assertThat(welcome.view().path("phase").asText()).isEqualTo("LOBBY");
                });
        assertThat(frames.decode("{\"type\":\"ack\",\"id\":\"b-1\",\"commandId\":\"c/3\"}"))
                .isEqualTo(new ServerFrame.Ack("b-1", "c/3"));
        assertThat(frames.decode("{\"type\":\"error\",\"id\":null,\"code\":\"RATE_LIMITED\",\"message\":\"slow\"}"))
                .isEqualTo(new ServerFrame.Error(null, "RATE_LIMITED", "slow"));
        assertThat(frames.decode("{\"type\":\"pong\",\"id\":\"p\",\"clientTime\":1,\"serverTime\":2}"))
                .isEqualTo(new ServerFrame.Pong("p", 2));
        assertThat(frames.decode("{\"type\":\"tick\",\"playerCount\":40,\"answeredCount\":7,\"latestJoined\":[]}"))
                .isEqualTo(new ServerFrame.Tick(40, 7));
        assertThat(frames.decode("{\"type\":\"standings\",\"sequence\":9,\"top\":[],\"me\":{\"rank\":2}}"))
                .isInstanceOfSatisfying(ServerFrame.Standings.class, standings -> assertThat(
                                standings.me().path("rank").asInt())
                        .isEqualTo(2));
        assertThat(frames.decode("{\"type\":\"surprise\"}")).isInstanceOf(ServerFrame.Other.class);
    }

    @Test
    void brokenFramesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> frames.decode("not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> frames.decode("[1]")).hasMessageContaining("not a frame");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"event\",\"sequence\":1}"))
                .hasMessageContaining("without sequence or event");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"event\",\"sequence\":1,\"event\":{\"type\":\"NOPE\"}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid event");
        assertThatThrownBy(() -> frames.decode("{\"type\":\"event\",\"sequence\":3,\"event\":{\"type\":\"GAME_ENDED\","
                        + "\"gameId\":\"g\",\"sequence\":4,\"serverTime\":\"2026-11-25T10:15:30Z\",\"schemaVersion\":1,"
                        + "\"data\":{\"reason\":\"COMPLETED\"}}}"))
                .hasMessageContaining("differs");
    }

    /** A canonical event of game g as the gateway writes it. */
    private static String event(long sequence, String type, String data) {
        return "{\"type\":\"" + type + "\",\"gameId\":\"g\",\"sequence\":" + sequence
                + ",\"serverTime\":\"2026-11-25T10:15:30Z\",\"schemaVersion\":1,\"data\":" + data + "}";
    }
}

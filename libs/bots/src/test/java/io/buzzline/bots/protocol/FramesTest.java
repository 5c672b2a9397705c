package io.buzzline.bots.protocol;

import org.junit.jupiter.api.Test;

import io.buzzline.events.EventType;
import io.buzzline.events.PlayerJoined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FramesTest {

    private final Frames frames = new Frames();

    @Test
    void clientFramesCarryTheProtocolFieldsAndTheId() {
        assertThat(frames.encode(new ClientFrame.Hello("tok", 7), "h"))
                .isEqualTo("{\"type\":\"hello\",\"id\":\"h\",\"v\":2,\"token\":\"tok\",\"lastSequence\":7}");
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
    void welcomeAckErrorAndPongDecode() {
        assertThat(frames.decode("{\"type\":\"welcome\",\"id\":\"h\",\"v\":2,\"role\":\"player\",\"subject\":\"p-1\","
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
}

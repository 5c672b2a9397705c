package io.buzzline.gateway.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict decoding of client frames: every frame type, and each way a frame can be wrong. */
class ClientFrameDecoderTest {

    private final ClientFrameDecoder decoder = new ClientFrameDecoder();

    @Test
    void decodesEveryFrameType() {
        assertThat(decoder.decode("{\"type\":\"hello\",\"v\":2,\"token\":\"t\",\"lastSequence\":7,\"id\":\"m\"}"))
                .isEqualTo(new ClientFrame.Hello("m", 2, "t", 7L));
        assertThat(decoder.decode("{\"type\":\"buzz\",\"questionId\":\"q1\"}"))
                .isEqualTo(new ClientFrame.Buzz(null, "q1"));
        assertThat(decoder.decode("{\"type\":\"answer\",\"questionId\":\"q1\",\"answer\":\"B\"}"))
                .isEqualTo(new ClientFrame.Answer(null, "q1", "B"));
        assertThat(decoder.decode("{\"type\":\"start\"}")).isEqualTo(new ClientFrame.Start(null));
        assertThat(decoder.decode("{\"type\":\"next\"}")).isEqualTo(new ClientFrame.Next(null));
        assertThat(decoder.decode("{\"type\":\"skip\"}")).isEqualTo(new ClientFrame.Skip(null));
        assertThat(decoder.decode("{\"type\":\"kick\",\"playerId\":\"p2\"}"))
                .isEqualTo(new ClientFrame.Kick(null, "p2"));
        assertThat(decoder.decode("{\"type\":\"end\"}")).isEqualTo(new ClientFrame.End(null));
        assertThat(decoder.decode("{\"type\":\"ping\",\"clientTime\":5}")).isEqualTo(new ClientFrame.Ping(null, 5L));
        assertThat(decoder.decode("{\"type\":\"board\",\"offset\":20,\"limit\":10}"))
                .isEqualTo(new ClientFrame.Board(null, 20, 10));
        assertThat(decoder.decode("{\"type\":\"board\"}"))
                .isEqualTo(new ClientFrame.Board(null, 0, Protocol.MAX_BOARD_PAGE));
    }

    @Test
    void theVersionIsTheJsonInteger2Or3AndNothingThatWrapsOrParsesToThem() {
        for (String v : new String[] {
            "1",
            "4",
            "0",
            "4294967297",
            "4294967298",
            "4294967299",
            "-4294967295",
            "9223372036854775809",
            "18446744073709551617"
        }) {
            assertCode("{\"type\":\"hello\",\"v\":" + v + ",\"token\":\"t\"}", ErrorCode.UNSUPPORTED_VERSION);
        }
        for (int served : new int[] {2, 3}) {
            assertThat(decoder.decode("{\"type\":\"hello\",\"v\":" + served + ",\"token\":\"t\"}"))
                    .isEqualTo(new ClientFrame.Hello(null, served, "t", null));
        }
        for (String v : new String[] {"1.0", "2.0", "3.0", "2e0", "\"2\"", "\"3\"", "null", "true", "[2]"}) {
            assertCode("{\"type\":\"hello\",\"v\":" + v + ",\"token\":\"t\"}", ErrorCode.INVALID_FRAME);
        }
    }

    @Test
    void refusesWhatIsNotAValidFrame() {
        assertCode("nope", ErrorCode.MALFORMED_FRAME);
        assertCode("\"text\"", ErrorCode.MALFORMED_FRAME);
        assertCode("{\"id\":\"m\"}", ErrorCode.UNKNOWN_TYPE);
        assertCode("{\"type\":7}", ErrorCode.UNKNOWN_TYPE);
        assertCode("{\"type\":\"fly\"}", ErrorCode.UNKNOWN_TYPE);
        assertCode("{\"type\":\"buzz\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"buzz\",\"questionId\":\" \"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"buzz\",\"questionId\":3}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"buzz\",\"questionId\":\"" + "q".repeat(201) + "\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"start\",\"hostId\":\"me\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"hello\",\"token\":\"t\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"hello\",\"v\":1,\"token\":\"t\"}", ErrorCode.UNSUPPORTED_VERSION);
        assertCode("{\"type\":\"hello\",\"v\":2,\"token\":\"t\",\"lastSequence\":-1}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"board\",\"limit\":101}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"board\",\"offset\":-1}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"ping\",\"clientTime\":1.5}", ErrorCode.INVALID_FRAME);
    }

    /** The cases issue 18's QA run found accepted. */
    @Test
    void refusesTrailingTextNullsAndBlankIdsOfEveryKindOfWhitespace() {
        assertCode("{\"type\":\"ping\"} trailing", ErrorCode.MALFORMED_FRAME);
        assertCode("{\"type\":\"ping\"}{\"type\":\"ping\"}", ErrorCode.MALFORMED_FRAME);
        assertCode("{\"type\":\"ping\",\"clientTime\":null}", ErrorCode.INVALID_FRAME);
        // As JSON escapes: a raw tab inside a JSON string is not even valid JSON (MALFORMED_FRAME).
        for (String blank : new String[] {"", " ", "\\t", "\\u2003", "\\u00a0", " \\u00a0\\t"}) {
            assertCode("{\"type\":\"ping\",\"id\":\"" + blank + "\"}", ErrorCode.INVALID_FRAME);
            assertCode("{\"type\":\"buzz\",\"questionId\":\"" + blank + "\"}", ErrorCode.INVALID_FRAME);
            assertCode(
                    "{\"type\":\"answer\",\"questionId\":\"q1\",\"answer\":\"" + blank + "\"}",
                    ErrorCode.INVALID_FRAME);
            assertCode("{\"type\":\"kick\",\"playerId\":\"" + blank + "\"}", ErrorCode.INVALID_FRAME);
        }
    }

    /** asyncapi.yaml's maxLength counts code points (JSON Schema): 200 emoji are 200 characters, not 400. */
    @Test
    void countsLengthsInCodePointsAsTheDocumentDoes() {
        String emoji = "\uD83D\uDE00";
        String longest = emoji.repeat(Protocol.MAX_FIELD_LENGTH);
        assertThat(decoder.decode("{\"type\":\"answer\",\"id\":\"" + longest + "\",\"questionId\":\"" + longest
                        + "\",\"answer\":\"" + longest + "\"}"))
                .isEqualTo(new ClientFrame.Answer(longest, longest, longest));
        assertThat(decoder.decode("{\"type\":\"kick\",\"playerId\":\"" + longest + "\"}"))
                .isEqualTo(new ClientFrame.Kick(null, longest));
        String over = longest + emoji;
        assertCode("{\"type\":\"answer\",\"questionId\":\"q1\",\"answer\":\"" + over + "\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"buzz\",\"questionId\":\"" + over + "\"}", ErrorCode.INVALID_FRAME);
        assertCode("{\"type\":\"start\",\"id\":\"" + over + "\"}", ErrorCode.INVALID_FRAME);
    }

    @Test
    void keepsTheClientsMessageIdInErrors() {
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"buzz\",\"id\":\"m9\"}"))
                .isInstanceOfSatisfying(
                        FrameException.class, e -> assertThat(e.frameId()).isEqualTo("m9"));
    }

    private void assertCode(String text, ErrorCode code) {
        assertThatThrownBy(() -> decoder.decode(text))
                .as(text)
                .isInstanceOfSatisfying(
                        FrameException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}

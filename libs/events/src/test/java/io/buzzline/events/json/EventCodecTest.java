package io.buzzline.events.json;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

import io.buzzline.events.BuzzPressed;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.RoundEnded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static final java.util.List<EventEnvelope> EVENTS = SampleModel.events();

    @ParameterizedTest
    @FieldSource("EVENTS")
    void everyEventRoundTripsExactly(EventEnvelope envelope) {
        String json = codec.encode(envelope);

        EventEnvelope decoded = codec.decode(json);

        assertThat(decoded).isEqualTo(envelope);
        assertThat(codec.encode(decoded)).isEqualTo(json);
    }

    @Test
    void samplesCoverTheWholeCanon() {
        assertThat(EVENTS.stream().map(EventEnvelope::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void typeCodesAreUniqueAndStable() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::code))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void wireFormatIsTheDocumentedShape() {
        String json = codec.encode(EVENTS.get(1));

        assertThat(json)
                .isEqualTo("{\"type\":\"PLAYER_JOINED\",\"gameId\":\"g-1\",\"sequence\":2,"
                        + "\"serverTime\":\"2026-11-25T10:15:30.124456789Z\",\"schemaVersion\":1,"
                        + "\"data\":{\"playerId\":\"p-1\",\"nickname\":\"Ada\",\"teamId\":null}}");
    }

    @Test
    void aFieldAddedByANewerWriterIsIgnoredSoAnOldReaderKeepsWorkingDuringARollout() {
        EventEnvelope decoded = codec.decode("{\"type\":\"ROUND_ENDED\",\"gameId\":\"g\",\"sequence\":1,"
                + "\"serverTime\":\"2026-01-01T00:00:00Z\",\"schemaVersion\":1,\"data\":{\"round\":1,\"extra\":true},"
                + "\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\"}");

        assertThat(decoded.event()).isEqualTo(new RoundEnded(1));
    }

    @Test
    void aBuzzPressedLoggedBeforeDeliveryStampsDecodesWithNoLag() {
        EventEnvelope stamped = EVENTS.stream()
                .filter(e -> e.event() instanceof BuzzPressed)
                .findFirst()
                .orElseThrow();
        String json = codec.encode(stamped);
        assertThat(json).contains(",\"deliveryLagMillis\":120}");

        EventEnvelope old = codec.decode(json.replace(",\"deliveryLagMillis\":120", ""));
        assertThat(((BuzzPressed) old.event()).deliveryLagMillis()).isZero();
        assertThat(old.event())
                .isEqualTo(new BuzzPressed("p-1", "q-42", ((BuzzPressed) stamped.event()).receivedAt(), 40));
    }

    @Test
    void scoreUpdatedCarriesTheStreakAfterTheAnswer() {
        String json = codec.encode(EVENTS.get(7));

        assertThat(json)
                .endsWith("\"data\":{\"playerId\":\"p-1\",\"sourceEventId\":\"g-1:7\",\"points\":964,"
                        + "\"total\":964,\"reason\":\"CLASSIC_CORRECT\",\"streak\":1}}");
        assertThatThrownBy(() -> codec.decode(json.replace(",\"streak\":1", "")))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("SCORE_UPDATED.data.streak: missing required field");
        assertThatThrownBy(() -> codec.decode(json.replace("\"streak\":1", "\"streak\":-1")))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessage("SCORE_UPDATED.data.streak: must not be negative, was -1");
        // A closed set: a reason no rule writes is refused, not carried along as text.
        assertThatThrownBy(() -> codec.decode(json.replace("CLASSIC_CORRECT", "correct")))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessageStartingWith("SCORE_UPDATED.data.reason");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown type        | {"type":"PLAYER_EXPLODED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{}} | event.type: unknown event type 'PLAYER_EXPLODED'
            null type           | {"type":null,"gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{}} | event.type: is required
            missing type        | {"gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{}} | event.type: missing required field
            missing sequence    | {"type":"ROUND_ENDED","gameId":"g","serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"round":1}} | event.sequence: missing required field
            zero sequence       | {"type":"ROUND_ENDED","gameId":"g","sequence":0,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"round":1}} | event.sequence: must be at least 1, was 0
            blank game id       | {"type":"ROUND_ENDED","gameId":" ","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"round":1}} | event.gameId: must not be blank
            future schema       | {"type":"ROUND_ENDED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":2,"data":{"round":1}} | event.schemaVersion: 2 is newer than this reader supports (1)
            bad time            | {"type":"ROUND_ENDED","gameId":"g","sequence":1,"serverTime":"yesterday","schemaVersion":1,"data":{"round":1}} | event.serverTime:
            data not object     | {"type":"ROUND_ENDED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":7} | event.data: must be a JSON object
            missing payload key | {"type":"PLAYER_JOINED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"playerId":"p","teamId":null}} | PLAYER_JOINED.data.nickname: missing required field
            null payload value  | {"type":"PLAYER_JOINED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"playerId":null,"nickname":"n","teamId":null}} | PLAYER_JOINED.data.playerId: is required
            wrong payload type  | {"type":"ROUND_ENDED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"round":"first"}} | ROUND_ENDED.data.round:
            bad enum            | {"type":"GAME_ENDED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"reason":"BORED"}} | GAME_ENDED.data.reason:
            nested missing      | {"type":"GAME_CREATED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"hostId":"h","settings":{"rounds":[{"mode":"CLASSIC","questionCount":3,"buzzAnswerTimeLimit":"PT10S","pointsPossible":1000,"wrongAnswerPenalty":0}],"maxPlayers":5,"teamPlay":false,"language":"en","questionPackId":"p","autoAdvanceDelay":"PT0S","buzzer":{"collectionWindow":"PT0.15S","oneWayCap":"PT0.15S"},"streakBonus":{"perCorrectAnswer":100,"cap":500}}}} | GAME_CREATED.data.settings.rounds[0].questionTimeLimit: missing required field
            too many players    | {"type":"GAME_CREATED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"hostId":"h","settings":{"rounds":[{"mode":"CLASSIC","questionCount":3,"questionTimeLimit":"PT20S","buzzAnswerTimeLimit":"PT10S","pointsPossible":1000,"wrongAnswerPenalty":0}],"maxPlayers":10001,"teamPlay":false,"language":"en","questionPackId":"p","autoAdvanceDelay":"PT0S","buzzer":{"collectionWindow":"PT0.15S","oneWayCap":"PT0.15S"},"streakBonus":{"perCorrectAnswer":100,"cap":500}}}} | GAME_CREATED.data.settings.maxPlayers: must be between 1 and 10000, was 10001
            trailing garbage    | {"type":"ROUND_ENDED","gameId":"g","sequence":1,"serverTime":"2026-01-01T00:00:00Z","schemaVersion":1,"data":{"round":1}} x | event: malformed JSON
            not json            | <xml/> | event: malformed JSON
            """)
    void malformedEventsAreRejectedNamingTheField(String caseName, String json, String expectedMessage) {
        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(ModelDecodingException.class)
                .hasMessageStartingWith(expectedMessage);
    }
}

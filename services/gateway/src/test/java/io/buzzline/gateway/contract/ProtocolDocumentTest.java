package io.buzzline.gateway.contract;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.buzzline.engine.GameEngine;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Rejection;
import io.buzzline.events.json.EventCodec;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.protocol.ClientFrameDecoder;
import io.buzzline.gateway.protocol.ErrorCode;
import io.buzzline.gateway.protocol.FrameException;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.protocol.ReconnectReason;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.view.GameView;
import io.buzzline.gateway.view.ViewProjector;

import static io.buzzline.gateway.contract.AsyncApiDocument.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/asyncapi.yaml and the implementation agree: frame types, fields, required fields, codes, examples. */
class ProtocolDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOC = AsyncApiDocument.ROOT;
    private static final JsonNode SCHEMAS = AsyncApiDocument.SCHEMAS;
    private final ClientFrameDecoder decoder = new ClientFrameDecoder();
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();
    private final EventCodec codec = new EventCodec();

    @Test
    void everyClientFrameIsDocumentedWithExactlyItsFields() {
        assertThat(messageNames("receiveClientFrames"))
                .containsExactlyInAnyOrderElementsOf(ClientFrameDecoder.FIELDS.keySet());
        ClientFrameDecoder.FIELDS.forEach((type, fields) -> {
            JsonNode schema = schema(type);
            assertThat(schema.path("properties").path("type").path("const").asText())
                    .isEqualTo(type);
            assertThat(schema.path("additionalProperties").asBoolean(true))
                    .as(type)
                    .isFalse();
            Set<String> expected = new HashSet<>(fields);
            expected.addAll(List.of("type", "id"));
            assertThat(names(schema.path("properties"))).as(type).isEqualTo(expected);
        });
    }

    @Test
    void theDocumentsRequiredFieldsAreWhatTheDecoderRequires() {
        ClientFrameDecoder.FIELDS.keySet().forEach(type -> {
            JsonNode schema = schema(type);
            ObjectNode minimal = JSON.createObjectNode();
            schema.path("required").forEach(field -> minimal.set(field.asText(), sample(schema, field.asText())));
            assertThatNoException().as(type).isThrownBy(() -> decoder.decode(minimal.toString()));
            schema.path("required").forEach(field -> {
                if (!field.asText().equals("type")) {
                    ObjectNode without = minimal.deepCopy();
                    without.remove(field.asText());
                    assertThatThrownBy(() -> decoder.decode(without.toString()))
                            .as(type + " without " + field.asText())
                            .isInstanceOf(FrameException.class);
                }
            });
        });
    }

    @Test
    void everyClientExampleDecodes() {
        for (String type : ClientFrameDecoder.FIELDS.keySet()) {
            JsonNode examples =
                    DOC.path("components").path("messages").path(type).path("examples");
            assertThat(examples).as(type).isNotEmpty();
            examples.forEach(example -> assertThatNoException()
                    .as(type)
                    .isThrownBy(() -> decoder.decode(example.path("payload").toString())));
        }
    }

    @Test
    void everyServerFrameIsDocumentedAndWhatWeSendMatchesItsSchema() throws IOException {
        assertThat(messageNames("sendServerFrames"))
                .containsExactlyInAnyOrderElementsOf(Stream.of(ServerFrame.class.getPermittedSubclasses())
                        .map(c -> c.getSimpleName().toLowerCase())
                        .toList());
        Identity player = new Identity("p1", Role.PLAYER, "g", "Ada");
        GameView view = ViewProjector.view(GameState.empty("g"), player);
        ServerFrame.Tick tick =
                new ServerFrame.Tick(3, "q1", 2, List.of("Ada"), List.of(new ServerFrame.FirstBuzz("Ada", 420)));
        ServerFrame.Standings standings = new ServerFrame.Standings(
                12,
                "q1",
                3,
                2,
                List.of(new GameView.StandingView(1, "p1", "Ada", 900, "ACTIVE")),
                new ServerFrame.Own(1, 900, 300, 2),
                Map.of("Paris", 2, "Rome", 0));
        String revealed = "{\"type\":\"ANSWER_REVEALED\",\"gameId\":\"g\",\"sequence\":6,"
                + "\"serverTime\":\"2026-01-01T00:00:00Z\",\"schemaVersion\":1,\"data\":{\"round\":1,"
                + "\"questionNumber\":1,\"questionId\":\"q1\",\"correctAnswer\":\"B\",\"reason\":\"ANSWERED\"}}";
        String event =
                "{\"type\":\"GAME_ENDED\",\"gameId\":\"g\",\"sequence\":7,\"serverTime\":\"2026-01-01T00:00:00Z\","
                        + "\"schemaVersion\":1,\"data\":{\"reason\":\"COMPLETED\"}}";
        List<ServerFrame> samples = List.of(
                new ServerFrame.Welcome("m1", Protocol.VERSION, "player", "p1", 0, view, tick, standings),
                tick,
                standings,
                new ServerFrame.Page("m5", 12, 0, 1, standings.top()),
                new ServerFrame.Event(7, JSON.readTree(event)),
                new ServerFrame.Events(7, List.of(JSON.readTree(revealed), JSON.readTree(event))),
                new ServerFrame.Ack("m2", "c/1"),
                new ServerFrame.Pong("m3", 5L, 6),
                new ServerFrame.Error("m4", "FORBIDDEN", "no"),
                new ServerFrame.Reconnect(ReconnectReason.MAX_AGE, 41L));
        for (ServerFrame frame : samples) {
            String type = ServerFrameEncoder.typeOf(frame);
            JsonNode sent = JSON.readTree(encoder.encode(frame));
            JsonNode schema = schema(type);
            assertThat(sent.path("type").asText())
                    .isEqualTo(
                            schema.path("properties").path("type").path("const").asText());
            assertThat(names(schema.path("properties"))).as(type).containsAll(names(sent));
            schema.path("required").forEach(field -> assertThat(sent.has(field.asText()))
                    .as(type + "." + field)
                    .isTrue());
        }
        // The fan-out builds event frames by concatenation; they must equal the encoder's.
        assertThat(JSON.readTree(ServerFrameEncoder.eventFrame(7, event)))
                .isEqualTo(JSON.readTree(encoder.encode(samples.get(4))));
        List<LoggedEvent> append = Stream.of(revealed, event)
                .map(json -> LoggedEvent.of(codec.decode(json), json))
                .toList();
        assertThat(JSON.readTree(ServerFrameEncoder.appendFrame(append)))
                .isEqualTo(JSON.readTree(encoder.encode(samples.get(5))));
        assertThat(ServerFrameEncoder.appendFrame(append.subList(1, 2)))
                .isEqualTo(ServerFrameEncoder.eventFrame(7, event));
    }

    @Test
    void theViewSchemasListTheViewRecordsFields() {
        Map<String, Class<?>> views = Map.of(
                "GameView", GameView.class,
                "StandingView", GameView.StandingView.class,
                "QuestionView", GameView.QuestionView.class,
                "MeView", GameView.MeView.class,
                "FirstBuzz", ServerFrame.FirstBuzz.class,
                "Own", ServerFrame.Own.class);
        views.forEach((name, type) -> assertThat(names(SCHEMAS.path(name).path("properties")))
                .as(name)
                .isEqualTo(Stream.of(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toSet())));
    }

    @Test
    void theErrorCodesAreTheGatewaysAndTheEnginesRejections() {
        List<String> documented = JSON.convertValue(SCHEMAS.path("ErrorCode").path("enum"), List.class);
        List<String> implemented = Stream.concat(
                        Arrays.stream(ErrorCode.values()).map(Enum::name),
                        Arrays.stream(Rejection.values()).map(Enum::name))
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(implemented);
    }

    /** protocol.md's "Buzzes and answers refused at the gateway" names exactly the engine's settled refusals. */
    @Test
    void theRefusalsTheGatewayGivesItselfAreTheOnesProtocolMdLists() throws IOException {
        String protocol = Files.readString(Path.of("..", "..", "docs", "protocol.md"));
        int from = protocol.indexOf("**Buzzes and answers refused at the gateway.**");
        assertThat(from).as("the paragraph in docs/protocol.md").isNotNegative();
        // The list runs from "(nothing reached match):" to the next sentence ("Everything else goes to match").
        int start = protocol.indexOf("(nothing reached match):", from);
        String paragraph = protocol.substring(start, protocol.indexOf("Everything", start));
        Set<String> listed = new HashSet<>();
        Matcher code = Pattern.compile("`([A-Z_]+)`").matcher(paragraph);
        while (code.find()) {
            listed.add(code.group(1));
        }
        assertThat(listed)
                .isEqualTo(GameEngine.settledReasons().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void theReconnectReasonsAndTheCloseCodesAreDocumented() throws IllegalAccessException {
        List<String> reasons = JSON.convertValue(
                SCHEMAS.path("Reconnect").path("properties").path("reason").path("enum"), List.class);
        assertThat(reasons)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(ReconnectReason.values()).map(Enum::name).toList());
        Set<String> codes = new HashSet<>();
        for (Field field : Protocol.class.getFields()) {
            if (field.getName().startsWith("CLOSE_")) {
                codes.add(field.get(null).toString());
            }
        }
        assertThat(names(DOC.path("channels").path("game").path("x-close-codes")))
                .isEqualTo(codes);
    }

    private static JsonNode sample(JsonNode schema, String field) {
        JsonNode property = schema.path("properties").path(field);
        if (property.has("const")) {
            return property.get("const");
        }
        if (property.has("enum")) {
            return property.get("enum").get(property.get("enum").size() - 1);
        }
        return "integer".equals(property.path("type").asText())
                ? JSON.getNodeFactory().numberNode(1)
                : JSON.getNodeFactory().textNode("x");
    }

    private static JsonNode schema(String type) {
        JsonNode schema = SCHEMAS.path(Character.toUpperCase(type.charAt(0)) + type.substring(1));
        assertThat(schema.isMissingNode()).as("schema of " + type).isFalse();
        return schema;
    }

    private static Set<String> messageNames(String operation) {
        Set<String> names = new HashSet<>();
        DOC.path("operations").path(operation).path("messages").forEach(ref -> {
            String path = ref.path("$ref").asText();
            names.add(path.substring(path.lastIndexOf('/') + 1));
        });
        return names;
    }
}

package io.buzzline.gateway.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.EventType;
import io.buzzline.events.Visibility;
import io.buzzline.events.json.EventCodec;
import io.buzzline.gateway.protocol.ServerFrameEncoder;

import static io.buzzline.gateway.contract.AsyncApiDocument.names;
import static io.buzzline.gateway.contract.AsyncApiDocument.resolve;
import static io.buzzline.gateway.contract.AsyncApiDocument.schema;
import static io.buzzline.gateway.contract.AsyncApiDocument.validate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/asyncapi.yaml documents every event a client can receive exactly as EventCodec writes it: one data
 * schema per event type, chosen by the type, with the codec's fields, enums and formats; and its examples
 * are events the codec reads and writes back unchanged.
 */
class EventDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventCodec codec = new EventCodec();

    @Test
    void theDocumentedEventTypesAreTheCanonEachWithItsDataSchema() {
        assertThat(texts(schema("EventType").path("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(EventType.values()).map(Enum::name).toList());
        JsonNode envelope = schema("EventEnvelope");
        assertThat(AsyncApiDocument.refName(schema("Event").path("properties").path("event")))
                .isEqualTo("EventEnvelope");
        assertThat(envelope.path("properties")
                        .path("schemaVersion")
                        .path("const")
                        .asInt())
                .isEqualTo(EventEnvelope.CURRENT_SCHEMA_VERSION);
        List<String> branchTypes = new ArrayList<>();
        envelope.path("oneOf").forEach(ref -> {
            JsonNode branch = resolve(ref);
            String type = branch.path("properties").path("type").path("const").asText();
            branchTypes.add(type);
            assertThat(AsyncApiDocument.refName(branch.path("properties").path("data")))
                    .as("the data schema of " + type)
                    .isEqualTo(dataSchemaName(EventType.valueOf(type)));
        });
        assertThat(branchTypes)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    @Test
    void everyEncodedEventValidatesAgainstTheDocument() throws JsonProcessingException {
        for (EventType type : EventType.values()) {
            EventEnvelope envelope = EventSamples.envelope(type);
            String json = codec.encode(envelope);
            JsonNode frame = JSON.readTree(ServerFrameEncoder.eventFrame(envelope.sequence(), json));
            assertThat(validate(dataSchemaName(type), frame.path("event").path("data")))
                    .as(json)
                    .isEmpty();
            assertThat(validate("Event", frame)).as(json).isEmpty();
        }
    }

    @Test
    void eachDataSchemaHasExactlyTheFieldsTheCodecWritesAllRequired() throws JsonProcessingException {
        for (EventType type : EventType.values()) {
            JsonNode data =
                    JSON.readTree(codec.encode(EventSamples.envelope(type))).path("data");
            assertSameFields(type.name(), schema(dataSchemaName(type)), data);
        }
    }

    @Test
    void theDocumentedEnumsAreTheModelsEnums() {
        for (EventType type : EventType.values()) {
            assertEnums(type.name(), type.payloadType(), schema(dataSchemaName(type)));
        }
    }

    @Test
    void eachDataSchemaSaysWhoReceivesItsEvent() {
        for (EventType type : EventType.values()) {
            Visibility visibility = EventSamples.envelope(type).event().visibility();
            String audience =
                    switch (visibility) {
                        case Visibility.Public p -> "Public";
                        case Visibility.OnePlayer p -> "Own player only";
                        case Visibility.LogOnly l -> "Log only";
                    };
            assertThat(schema(dataSchemaName(type)).path("description").asText())
                    .as(type.name())
                    .containsIgnoringCase(audience);
        }
    }

    @Test
    void everyExampleIsAnEventTheCodecReadsAndWritesBackUnchanged() throws JsonProcessingException {
        JsonNode examples = AsyncApiDocument.ROOT
                .path("components")
                .path("messages")
                .path("event")
                .path("examples");
        List<String> exampleTypes = new ArrayList<>();
        for (JsonNode example : examples) {
            JsonNode payload = example.path("payload");
            JsonNode event = payload.path("event");
            String name = example.path("name").asText();
            exampleTypes.add(event.path("type").asText());
            assertThat(validate("Event", payload)).as(name).isEmpty();
            EventEnvelope decoded = codec.decode(event.toString());
            assertThat(JSON.readTree(codec.encode(decoded))).as(name).isEqualTo(event);
            assertThat(payload.path("sequence").asLong()).as(name).isEqualTo(decoded.sequence());
            assertThat(name).isEqualTo(decoded.type().name());
        }
        assertThat(exampleTypes)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    @Test
    void theSchemaRefusesAnotherTypesDataAnUnknownFieldAndAMissingOne() throws JsonProcessingException {
        EventEnvelope roundEnded = EventSamples.envelope(EventType.ROUND_ENDED);
        JsonNode frame = JSON.readTree(ServerFrameEncoder.eventFrame(roundEnded.sequence(), codec.encode(roundEnded)));
        assertThat(validate("Event", frame)).isEmpty();

        ObjectNode retyped = frame.deepCopy();
        ((ObjectNode) retyped.path("event")).put("type", EventType.GAME_ENDED.name());
        ObjectNode extra = frame.deepCopy();
        ((ObjectNode) extra.path("event").path("data")).put("questionCount", 3);
        ObjectNode missing = frame.deepCopy();
        ((ObjectNode) missing.path("event").path("data")).remove("round");
        for (JsonNode wrong : List.of(retyped, extra, missing)) {
            assertThat(validate("Event", wrong)).as(wrong.toString()).isNotEmpty();
        }
    }

    /** Walks the encoded JSON and its schema together: at every object, the same fields, all required. */
    private static void assertSameFields(String path, JsonNode schema, JsonNode value) {
        JsonNode resolved = resolve(schema);
        if (value.isObject()) {
            Set<String> written = names(value);
            assertThat(names(resolved.path("properties"))).as(path).isEqualTo(written);
            assertThat(Set.copyOf(texts(resolved.path("required"))))
                    .as(path + " required")
                    .isEqualTo(written);
            assertThat(resolved.path("additionalProperties").asBoolean(true))
                    .as(path + " additionalProperties")
                    .isFalse();
            written.forEach(field -> assertSameFields(
                    path + "." + field, resolved.path("properties").path(field), value.path(field)));
        } else if (value.isArray()) {
            value.forEach(item -> assertSameFields(path + "[]", resolved.path("items"), item));
        }
    }

    /** Walks a record type and its schema together: every enum component lists exactly the enum's constants. */
    private static void assertEnums(String path, Class<?> record, JsonNode schema) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = resolve(resolve(schema).path("properties").path(component.getName()));
            Class<?> type = component.getType();
            if (type == List.class) {
                type = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                property = resolve(property.path("items"));
            }
            String where = path + "." + component.getName();
            if (type.isEnum()) {
                assertThat(texts(property.path("enum")))
                        .as(where)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .toList());
            } else if (type.isRecord()) {
                assertEnums(where, type, property);
            }
        }
    }

    private static String dataSchemaName(EventType type) {
        return type.payloadType().getSimpleName() + "Data";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

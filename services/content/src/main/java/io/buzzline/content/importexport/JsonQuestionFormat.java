package io.buzzline.content.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.StoredQuestion;

/**
 * Questions as a JSON array of objects with the editors' API fields. Each row's line is where its
 * object starts, so a report points into the file the editor sent; an {@code id} is written on
 * export and ignored on import.
 */
public final class JsonQuestionFormat {

    private final ObjectMapper mapper;
    private final ObjectReader elements;

    public JsonQuestionFormat(ObjectMapper mapper) {
        this.mapper = mapper;
        // Reads one element of the array at a time: what follows an element is the next one, not trailing
        // garbage (the service's mapper is strict about that for whole bodies).
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public List<ImportRow> read(InputStream in, int maxRows) {
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportFormatException("expected a JSON array of questions");
            }
            List<ImportRow> rows = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (rows.size() == maxRows) {
                    throw new ImportFormatException("at most " + maxRows + " rows per import");
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = elements.readTree(parser);
                rows.add(row(line, node));
            }
            if (parser.nextToken() != null) {
                throw new ImportFormatException("there is more after the JSON array, at line "
                        + parser.currentTokenLocation().getLineNr());
            }
            return rows;
        } catch (JsonProcessingException e) {
            // Jackson's own message names Java types; the place is what the editor needs.
            throw new ImportFormatException(
                    "the body is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    e);
        } catch (IOException e) {
            throw new ImportFormatException("the body could not be read to its end", e);
        }
    }

    public void write(Stream<StoredQuestion> questions, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartArray();
            for (StoredQuestion q : (Iterable<StoredQuestion>) questions::iterator) {
                QuestionContent c = q.content();
                json.writeStartObject();
                json.writeStringField("id", q.id());
                json.writeStringField("text", c.text());
                json.writeObjectField("choices", c.choices());
                json.writeStringField("answer", c.answer());
                json.writeStringField("category", c.category());
                json.writeNumberField("difficulty", c.difficulty());
                json.writeStringField("language", c.language());
                json.writeObjectField("tags", c.tags());
                json.writeStringField("source", c.source());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static ImportRow row(int line, JsonNode node) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!node.isObject()) {
            errors.add(new FieldViolation("", "must be a JSON object"));
            return new ImportRow(line, new QuestionContent("", List.of(), "", "", 0, "", List.of(), null), errors);
        }
        int difficulty = 0;
        JsonNode d = node.path("difficulty");
        if (d.canConvertToExactIntegral() && d.canConvertToInt()) {
            difficulty = d.intValue();
        } else {
            errors.add(new FieldViolation("difficulty", "must be a whole number"));
        }
        QuestionContent content = new QuestionContent(
                text(node, "text", errors),
                strings(node, "choices", errors),
                text(node, "answer", errors),
                text(node, "category", errors),
                difficulty,
                text(node, "language", errors),
                strings(node, "tags", errors),
                node.path("source").isTextual() ? node.path("source").asText() : null);
        return new ImportRow(line, content, errors);
    }

    private static String text(JsonNode node, String field, List<FieldViolation> errors) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            errors.add(new FieldViolation(field, "must be a string"));
            return "";
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field, List<FieldViolation> errors) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(new FieldViolation(field, "must be an array of strings"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.isTextual() ? v.asText() : v.toString()));
        return out;
    }
}

package io.buzzline.gateway.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** docs/asyncapi.yaml as the contract tests read it: its tree, its schemas, and validation against them. */
final class AsyncApiDocument {

    /** Where the validator finds the document; the name only has to be a URI, nothing is fetched. */
    private static final String LOCATION = "https://buzzline.invalid/asyncapi.json";

    private static final String LOCAL_SCHEMA = "#/components/schemas/";
    static final JsonNode ROOT = read();
    static final JsonNode SCHEMAS = ROOT.path("components").path("schemas");

    /**
     * AsyncAPI 3.0's default schema format is a superset of JSON Schema draft-07. An unknown keyword
     * fails instead of being skipped: a description with an unquoted comma in a YAML flow mapping turns
     * its tail into a keyword and silently loses text. The document's own top-level fields are not
     * schema, only what holds the schemas.
     */
    private static final JsonMetaSchema META_SCHEMA = JsonMetaSchema.builder(
                    "https://buzzline.invalid/asyncapi-schema", JsonMetaSchema.getV7())
            .keywords(names(ROOT).stream().map(NonValidationKeyword::new).toList())
            .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
            .build();

    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.metaSchema(META_SCHEMA)
                    .defaultMetaSchemaIri(META_SCHEMA.getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(LOCATION, ROOT.toString()))));

    /** Formats asserted, as a QA tool would: an instant that is not RFC 3339 fails here first. */
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private AsyncApiDocument() {}

    /** The schema {@code components.schemas.name}, failing when the document has none by that name. */
    static JsonNode schema(String name) {
        JsonNode schema = SCHEMAS.path(name);
        if (schema.isMissingNode()) {
            throw new AssertionError("docs/asyncapi.yaml has no schema " + name);
        }
        return schema;
    }

    /** Follows a local {@code $ref} (the document uses no other kind); any other node as it is. */
    static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith(LOCAL_SCHEMA) ? resolve(schema(ref.substring(LOCAL_SCHEMA.length()))) : node;
    }

    /** The name a local {@code $ref} points at. */
    static String refName(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith(LOCAL_SCHEMA)) {
            throw new AssertionError("not a local schema reference: " + node);
        }
        return ref.substring(LOCAL_SCHEMA.length());
    }

    /** What the validator finds wrong with {@code value} against {@code components.schemas.name}. */
    static Set<ValidationMessage> validate(String name, JsonNode value) {
        schema(name); // a missing schema named plainly, not as the validator's unresolved reference
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(LOCATION + LOCAL_SCHEMA + name), CONFIG);
        return schema.validate(value);
    }

    /** An object's field names in document order. */
    static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("..", "..", "docs", "asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml is unreadable", e);
        }
    }
}

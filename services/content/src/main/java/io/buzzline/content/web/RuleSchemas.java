package io.buzzline.content.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.question.QuestionLimits;
import io.buzzline.content.settings.SettingsRules;

/**
 * States in content's OpenAPI document the rules {@link SettingsRules} and the question rules enforce
 * beyond the bodies' Java types, so a body the document admits is not refused for a rule it left unsaid:
 * the configuration documents' sizes, codes, names and bounds, a question's lengths and codes, and the
 * languages the bank accepts ({@code buzzline.questions.*}, read at startup, hence this filter rather than
 * annotations on the settings records, which stay free of API concerns).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RuleSchemas implements OASFilter {

    /** The shared schema of a language code the bank accepts. */
    static final String BANK_LANGUAGE = "BankLanguage";
    /** A question's category or tag, as {@code QuestionRules} reads it after lower-casing. */
    static final String QUESTION_CODE = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";

    /**
     * The vendor extension listing a schema's rules that JSON Schema cannot state: a {@code field} whose value
     * must be {@code amongValuesOf} other values of the same body, or one ({@code list[].member}) that is
     * {@code unique} across a list's items; each with its violation's {@code message} (e2e's
     * DocumentedContractIT reads them).
     */
    static final String RULES_EXTENSION = "x-buzzline-rules";

    private static final String NAME = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Object> languages = new ArrayList<>(bankLanguages());
        openAPI.getComponents()
                .addSchema(
                        BANK_LANGUAGE,
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(languages)
                                .description("ISO 639-1 code of a language the question bank accepts"
                                        + " (buzzline.questions.languages)"));

        Schema catalogue = schema(schemas, "CategoryCatalogue").required(List.of("categories"));
        property(catalogue, "categories")
                .minItems(1)
                .maxItems(SettingsRules.MAX_ENTRIES)
                .description("Each code listed once");
        catalogue.addExtension(
                RULES_EXTENSION,
                List.of(Map.of(
                        "field", "categories[].code", "unique", true, "message", SettingsRules.REPEATED_CATEGORY)));
        Schema category = schema(schemas, "Category").required(List.of("code", "names"));
        property(category, "code").pattern(SettingsRules.CODE_PATTERN).maxLength(40);
        property(category, "names")
                .minProperties(1)
                .propertyNames(bankLanguage())
                .additionalPropertiesSchema(name());

        Schema list = schema(schemas, "LanguageList").required(List.of("languages", "defaultLanguage"));
        property(list, "languages").minItems(1).maxItems(SettingsRules.MAX_ENTRIES);
        list.addProperty(
                "defaultLanguage",
                bankLanguage()
                        .description("One of the listed languages' codes (languages[].code), else 400 with a"
                                + " violation on defaultLanguage; JSON Schema cannot state it, "
                                + RULES_EXTENSION + " does"));
        list.addExtension(
                RULES_EXTENSION,
                List.of(
                        Map.of(
                                "field", "defaultLanguage",
                                "amongValuesOf", "languages[].code",
                                "message", SettingsRules.DEFAULT_LANGUAGE_LISTED),
                        Map.of(
                                "field",
                                "languages[].code",
                                "unique",
                                true,
                                "message",
                                SettingsRules.REPEATED_LANGUAGE)));
        Schema language = schema(schemas, "Language").required(List.of("code", "name"));
        language.addProperty("code", bankLanguage().description("Listed once"));
        language.addProperty("name", name());

        Schema defaults = schema(schemas, "GameDefaults")
                .required(List.of("mode", "questionCount", "questionTimeLimitSeconds", "maxPlayers", "language"));
        range(defaults, "questionCount", 1, SettingsRules.MAX_QUESTIONS);
        range(
                defaults,
                "questionTimeLimitSeconds",
                SettingsRules.MIN_TIME_LIMIT_SECONDS,
                SettingsRules.MAX_TIME_LIMIT_SECONDS);
        range(defaults, "maxPlayers", 1, SettingsRules.MAX_PLAYERS);
        range(defaults, "autoAdvanceSeconds", 0, SettingsRules.MAX_AUTO_ADVANCE_SECONDS)
                .description("0 (the default when absent): the host advances");
        defaults.addProperty("language", bankLanguage());

        ContentConfig.Questions limits = config().questions();
        Schema question = schema(schemas, "QuestionInput");
        question.addProperty("language", bankLanguage());
        // The bank's configured limits, tighter than the record's own caps (1000 for a text).
        property(question, "text").maxLength(limits.maxTextLength());
        property(question, "choices").getItems().maxLength(limits.maxChoiceLength());
        property(question, "answer").maxLength(limits.maxChoiceLength());
        property(question, "category").pattern(QUESTION_CODE).maxLength(QuestionLimits.MAX_CODE_LENGTH);
        property(question, "tags")
                .getItems()
                .pattern(QUESTION_CODE)
                .maxLength(QuestionLimits.MAX_CODE_LENGTH)
                .description("Lower-case letters, digits and '-' (upper case is lowered)");
    }

    private static List<String> bankLanguages() {
        return config().questions().languages().stream().sorted().toList();
    }

    private static ContentConfig config() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ContentConfig.class);
    }

    private static Schema bankLanguage() {
        return OASFactory.createSchema().ref(BANK_LANGUAGE);
    }

    private static Schema name() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .pattern(NAME)
                .maxLength(SettingsRules.MAX_NAME_LENGTH)
                .description("1 to " + SettingsRules.MAX_NAME_LENGTH + " characters, not blank");
    }

    private static Schema range(Schema schema, String name, int min, int max) {
        return property(schema, name).minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }

    /** Fails the start rather than publish a document that lost a rule to a renamed schema or field. */
    private static Schema schema(Map<String, Schema> schemas, String name) {
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("content's OpenAPI document has no schema " + name);
        }
        return schema;
    }

    private static Schema property(Schema schema, String name) {
        Schema property =
                schema.getProperties() == null ? null : schema.getProperties().get(name);
        if (property == null) {
            throw new IllegalStateException("the schema has no property " + name);
        }
        return property;
    }
}

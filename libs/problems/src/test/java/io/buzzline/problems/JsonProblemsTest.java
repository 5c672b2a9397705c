package io.buzzline.problems;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The strict mapper refuses what the documents do not allow, and the descriptions say where in words. */
class JsonProblemsTest {

    record Round(String mode, int questions) {}

    record Game(List<Round> rounds, int maxPlayers, String language, Boolean publicGame) {}

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private JsonProblems.Described refused(String json) {
        JsonProcessingException e =
                catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Game.class));
        assertThat(e).as(json).isNotNull();
        JsonProblems.Described described = JsonProblems.describe(e);
        assertThat(described.detail())
                .doesNotContain("java", "Exception", "`", "jackson")
                .doesNotContainPattern("\\b(Game|Round)\\b");
        return described;
    }

    record Quest(java.time.LocalDate startsOn, java.time.LocalDate endsOn) {}

    @Test
    void aDateIsADateStringNotAnArray() throws JsonProcessingException {
        for (String json : List.of("{\"endsOn\":[]}", "{\"startsOn\":[2099,1,31]}", "{\"startsOn\":20990131}")) {
            JsonProcessingException e =
                    catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Quest.class));
            assertThat(e).as(json).isNotNull();
            JsonProblems.Described described = JsonProblems.describe(e);
            assertThat(described.slug()).as(json).isEqualTo("wrong-json-type");
            assertThat(described.violation().message()).isEqualTo("must be a date string (yyyy-mm-dd)");
        }
        Quest quest = mapper.readValue("{\"startsOn\":\"2099-01-31\",\"endsOn\":null}", Quest.class);
        assertThat(quest.startsOn()).isEqualTo(java.time.LocalDate.of(2099, 1, 31));
        assertThat(quest.endsOn()).isNull();
    }

    @Test
    void trailingContentIsMalformedAndSaysWhere() {
        JsonProblems.Described described = refused("{\"maxPlayers\":2} garbage");
        assertThat(described.slug()).isEqualTo("malformed-json");
        assertThat(described.detail()).contains("line 1, column");
    }

    @Test
    void aFloatOrAStringIsNotAnInt() {
        assertThat(refused("{\"maxPlayers\":1.5}").violation().field()).isEqualTo("maxPlayers");
        JsonProblems.Described nested = refused("{\"rounds\":[{\"questions\":\"3\"}]}");
        assertThat(nested.slug()).isEqualTo("wrong-json-type");
        assertThat(nested.violation().field()).isEqualTo("rounds[0].questions");
        assertThat(nested.violation().message()).isEqualTo("must be a whole number");
    }

    @Test
    void aNumberOrABooleanIsNotAString() {
        assertThat(refused("{\"language\":12}").violation().message()).isEqualTo("must be a string");
        assertThat(refused("{\"publicGame\":\"true\"}").violation().message()).isEqualTo("must be true or false");
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedOnes() {
        JsonProblems.Described described = refused("{\"rounds\":[{\"mode\":\"CLASSIC\",\"bonus\":1}]}");
        assertThat(described.slug()).isEqualTo("unknown-field");
        assertThat(described.violation().field()).isEqualTo("rounds[0].bonus");
        assertThat(described.detail()).contains("mode, questions");
    }

    @Test
    void aBodyThatBreaksOffIsMalformed() {
        assertThat(refused("{\"rounds\":[{\"mode\":\"CLA").slug()).isEqualTo("malformed-json");
        assertThat(refused("{\"maxPlayers\":").slug()).isEqualTo("malformed-json");
    }

    @Test
    void absentPrimitivesKeepTheirDefaultsSoOptionalFieldsStayOptional() throws Exception {
        assertThat(mapper.readValue("{\"language\":\"en\"}", Game.class).maxPlayers())
                .isZero();
    }
}

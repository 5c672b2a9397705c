package io.buzzline.events.json;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.buzzline.events.EventEnvelope;
import io.buzzline.events.PlayerJoined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventBatchTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void everyEventOfTheModelSurvivesAMessageOfAllOfThemInOrder() {
        List<String> jsons = SampleModel.events().stream().map(codec::encode).toList();
        String message = EventBatch.join(jsons);
        assertThat(EventBatch.split(message)).containsExactlyElementsOf(jsons);
        assertThat(EventBatch.split(message).stream().map(codec::decode).toList())
                .containsExactlyElementsOf(SampleModel.events());
    }

    @Test
    void aSingleEventIsItsOwnJsonAsBefore() {
        String json = codec.encode(SampleModel.events().getFirst());
        assertThat(EventBatch.join(List.of(json))).isEqualTo(json);
        assertThat(EventBatch.split(json)).containsExactly(json);
    }

    @Test
    void aNewlineInsideAStringIsEscapedSoItCannotSplitAnEvent() {
        EventEnvelope joined = new EventEnvelope(
                "g-1",
                2,
                SampleModel.T0,
                EventEnvelope.CURRENT_SCHEMA_VERSION,
                new PlayerJoined("p1", "Ada\nLovelace", null));
        String json = codec.encode(joined);
        assertThat(json).doesNotContain("\n");
        assertThat(EventBatch.split(EventBatch.join(List.of(json, json)))).containsExactly(json, json);
    }

    @Test
    void refusesToJoinWhatItCouldNotSplit() {
        assertThatThrownBy(() -> EventBatch.join(List.of("{\"a\":\n1}"))).isInstanceOf(IllegalArgumentException.class);
    }
}

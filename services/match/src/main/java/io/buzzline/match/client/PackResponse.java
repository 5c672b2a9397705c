package io.buzzline.match.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;

/**
 * The wire shape of {@code GET /packs/{packId}}; converted to the model's {@link QuestionPack}. Reads
 * only what match needs and tolerates the rest, since the service's mapper is strict (libs/problems).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackResponse(String packId, List<Item> questions) {

    /** One question of the pack. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String questionId, String text, List<String> choices, String correctAnswer) {}

    /** @throws IllegalArgumentException naming the field when the pack is not a valid model pack */
    public QuestionPack toPack() {
        return new QuestionPack(
                packId,
                questions == null
                        ? List.of()
                        : questions.stream()
                                .map(q -> new Question(q.questionId(), q.text(), q.choices(), q.correctAnswer()))
                                .toList());
    }
}

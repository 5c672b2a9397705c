package io.buzzline.content.question;

import java.util.List;

/**
 * What a question says, as editors, imports and generators write it: text, choices, the answer
 * (one of the choices), category, difficulty 1–5, language (ISO 639-1), tags and where it came from.
 */
public record QuestionContent(
        String text,
        List<String> choices,
        String answer,
        String category,
        int difficulty,
        String language,
        List<String> tags,
        String source) {

    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 5;

    public QuestionContent {
        choices = choices == null ? List.of() : List.copyOf(choices);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same content with surrounding and repeated blanks removed and codes lower-cased. */
    public QuestionContent normalized() {
        return new QuestionContent(
                Text.clean(text),
                choices.stream().map(Text::clean).toList(),
                Text.clean(answer),
                Text.code(category),
                difficulty,
                Text.code(language),
                tags.stream()
                        .map(Text::code)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList(),
                source == null || source.isBlank() ? "editor" : source.strip());
    }

    /** The same content from another source. */
    public QuestionContent withSource(String newSource) {
        return new QuestionContent(text, choices, answer, category, difficulty, language, tags, newSource);
    }
}

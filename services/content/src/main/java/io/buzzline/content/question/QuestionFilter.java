package io.buzzline.content.question;

import java.util.Optional;

/** Equality filters of a bank query; empty ones match everything. */
public record QuestionFilter(
        Optional<String> category,
        Optional<String> language,
        Optional<Integer> difficulty,
        Optional<QuestionStatus> status,
        Optional<String> source) {

    public static final QuestionFilter ALL = new QuestionFilter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public static QuestionFilter bySource(String source) {
        return new QuestionFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(source));
    }
}

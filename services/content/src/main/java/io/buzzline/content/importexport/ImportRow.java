package io.buzzline.content.importexport;

import java.util.List;

import io.buzzline.content.question.FieldViolation;
import io.buzzline.content.question.QuestionContent;

/** One question read from an import file, with the line it starts on and what could not be read. */
public record ImportRow(int line, QuestionContent content, List<FieldViolation> readErrors) {

    public ImportRow {
        readErrors = List.copyOf(readErrors);
    }
}

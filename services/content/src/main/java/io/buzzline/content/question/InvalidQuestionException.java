package io.buzzline.content.question;

import java.util.List;

/** The content breaks {@link QuestionRules}; each violation names its field. */
public class InvalidQuestionException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidQuestionException(List<FieldViolation> violations) {
        super("invalid question: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

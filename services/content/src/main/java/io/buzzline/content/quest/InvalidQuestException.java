package io.buzzline.content.quest;

import java.util.List;

import io.buzzline.content.question.FieldViolation;

/** The definition breaks {@link QuestRules}; each violation names its field. */
public class InvalidQuestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidQuestException(List<FieldViolation> violations) {
        super("invalid quest: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

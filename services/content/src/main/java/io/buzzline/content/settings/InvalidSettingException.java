package io.buzzline.content.settings;

import java.util.List;

import io.buzzline.content.question.FieldViolation;

/** A configuration document breaks {@link SettingsRules}; each violation names its field. */
public class InvalidSettingException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidSettingException(List<FieldViolation> violations) {
        super("invalid configuration: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

package io.buzzline.content.question;

import java.util.Set;

/** The limits {@link QuestionRules} enforces, taken from configuration. */
public record QuestionLimits(Set<String> languages, int maxTextLength, int maxChoiceLength) {

    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 6;
    public static final int MAX_TAGS = 10;
    public static final int MAX_CODE_LENGTH = 40;

    public QuestionLimits {
        languages = Set.copyOf(languages);
    }
}

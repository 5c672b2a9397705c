package io.buzzline.content.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one definition of an acceptable question, applied to editors' input, import rows and
 * generated questions alike. Works on {@link QuestionContent#normalized() normalised} content.
 */
public final class QuestionRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final QuestionLimits limits;

    public QuestionRules(QuestionLimits limits) {
        this.limits = limits;
    }

    /** Every violation of the content, in field order; empty when it is acceptable. */
    public List<FieldViolation> check(QuestionContent q) {
        List<FieldViolation> out = new ArrayList<>();
        if (q.text().isEmpty()) {
            out.add(new FieldViolation("text", "must not be blank"));
        } else if (length(q.text()) > limits.maxTextLength()) {
            out.add(new FieldViolation("text", "must be at most " + limits.maxTextLength() + " characters"));
        }
        checkChoices(q, out);
        if (q.answer().isEmpty()) {
            out.add(new FieldViolation("answer", "must not be blank"));
        } else if (!q.choices().contains(q.answer())) {
            out.add(new FieldViolation("answer", "must be one of the choices"));
        }
        checkCode("category", q.category(), out);
        if (q.difficulty() < QuestionContent.MIN_DIFFICULTY || q.difficulty() > QuestionContent.MAX_DIFFICULTY) {
            out.add(new FieldViolation(
                    "difficulty",
                    "must be between " + QuestionContent.MIN_DIFFICULTY + " and " + QuestionContent.MAX_DIFFICULTY));
        }
        if (!limits.languages().contains(q.language())) {
            out.add(new FieldViolation(
                    "language",
                    "must be one of " + limits.languages().stream().sorted().toList()));
        }
        if (q.tags().size() > QuestionLimits.MAX_TAGS) {
            out.add(new FieldViolation("tags", "at most " + QuestionLimits.MAX_TAGS + " tags"));
        }
        q.tags().forEach(tag -> checkCode("tags", tag, out));
        return out;
    }

    private void checkChoices(QuestionContent q, List<FieldViolation> out) {
        int n = q.choices().size();
        if (n < QuestionLimits.MIN_CHOICES || n > QuestionLimits.MAX_CHOICES) {
            out.add(new FieldViolation(
                    "choices",
                    "must hold " + QuestionLimits.MIN_CHOICES + " to " + QuestionLimits.MAX_CHOICES + " choices"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String choice = q.choices().get(i);
            String field = "choices[" + i + "]";
            if (choice.isEmpty()) {
                out.add(new FieldViolation(field, "must not be blank"));
            } else if (length(choice) > limits.maxChoiceLength()) {
                out.add(new FieldViolation(field, "must be at most " + limits.maxChoiceLength() + " characters"));
            } else if (!seen.add(choice.toLowerCase(Locale.ROOT))) {
                out.add(new FieldViolation(field, "repeats another choice"));
            }
        }
    }

    private static void checkCode(String field, String value, List<FieldViolation> out) {
        if (value.isEmpty()) {
            out.add(new FieldViolation(field, "must not be blank"));
        } else if (length(value) > QuestionLimits.MAX_CODE_LENGTH
                || !CODE.matcher(value).matches()) {
            out.add(new FieldViolation(
                    field,
                    "must be lower-case letters, digits and '-', at most " + QuestionLimits.MAX_CODE_LENGTH
                            + " characters"));
        }
    }

    /** A length as the OpenAPI document's maxLength counts it: in code points, so 😀 is one character. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

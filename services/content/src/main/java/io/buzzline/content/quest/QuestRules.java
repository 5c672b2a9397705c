package io.buzzline.content.quest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.buzzline.content.question.FieldViolation;

/** The one definition of an acceptable quest; works on normalised definitions. */
public final class QuestRules {

    public static final int MAX_TITLE_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 300;
    public static final int MAX_TARGET = 1_000_000;
    public static final int MAX_XP = 100_000;
    /** A category or badge code. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    /** Every violation, in field order; empty when the quest is acceptable. */
    public List<FieldViolation> check(QuestDefinition q) {
        List<FieldViolation> out = new ArrayList<>();
        text("title", q.title(), MAX_TITLE_LENGTH, true, out);
        text("description", q.description(), MAX_DESCRIPTION_LENGTH, false, out);
        if (q.goal().target() < 1 || q.goal().target() > MAX_TARGET) {
            out.add(new FieldViolation("goal.target", "must be between 1 and " + MAX_TARGET));
        }
        q.goal().category().ifPresent(c -> code("goal.category", c, out));
        if (q.reward().xp() < 0 || q.reward().xp() > MAX_XP) {
            out.add(new FieldViolation("reward.xp", "must be between 0 and " + MAX_XP));
        }
        q.reward().badge().ifPresent(b -> code("reward.badge", b, out));
        if (q.endsOn().isPresent() && q.endsOn().get().isBefore(q.startsOn())) {
            out.add(new FieldViolation("endsOn", "must not be before startsOn"));
        }
        return out;
    }

    private static void text(String field, String value, int max, boolean required, List<FieldViolation> out) {
        if (required && value.isEmpty()) {
            out.add(new FieldViolation(field, "must not be blank"));
        } else if (value.codePointCount(0, value.length()) > max) {
            out.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    private static void code(String field, String value, List<FieldViolation> out) {
        if (!CODE.matcher(value).matches()) {
            out.add(new FieldViolation(field, "must be lower-case letters, digits and '-', at most 40 characters"));
        }
    }
}

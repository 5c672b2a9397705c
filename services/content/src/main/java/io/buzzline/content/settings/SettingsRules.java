package io.buzzline.content.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.buzzline.content.question.FieldViolation;

/**
 * What an acceptable configuration document is. Languages must be ones the question bank accepts,
 * so that nothing the platform offers is impossible to fill with questions.
 */
public final class SettingsRules {

    public static final int MAX_ENTRIES = 200;
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_PLAYERS = 10_000;
    public static final int MIN_TIME_LIMIT_SECONDS = 5;
    public static final int MAX_TIME_LIMIT_SECONDS = 300;
    public static final int MAX_AUTO_ADVANCE_SECONDS = 60;
    /** A category code: lower-case letters, digits and '-', at most 40 characters. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
    /** The violation of a language list whose default is not among its languages. */
    public static final String DEFAULT_LANGUAGE_LISTED = "must be one of the listed languages";
    /** The violation of a language listed twice. */
    public static final String REPEATED_LANGUAGE = "repeats another language";
    /** The violation of a category listed twice. */
    public static final String REPEATED_CATEGORY = "repeats another category";

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final Set<String> bankLanguages;

    public SettingsRules(Set<String> bankLanguages) {
        this.bankLanguages = Set.copyOf(bankLanguages);
    }

    /** Every violation, in field order; empty when the document is acceptable. */
    public List<FieldViolation> check(PlatformSetting setting) {
        List<FieldViolation> out = new ArrayList<>();
        switch (setting) {
            case CategoryCatalogue c -> categories(c, out);
            case LanguageList l -> languages(l, out);
            case GameDefaults g -> defaults(g, out);
        }
        return out;
    }

    private void categories(CategoryCatalogue catalogue, List<FieldViolation> out) {
        List<CategoryCatalogue.Category> list = catalogue.categories();
        if (list == null || list.isEmpty() || list.size() > MAX_ENTRIES) {
            out.add(new FieldViolation("categories", "must hold 1 to " + MAX_ENTRIES + " categories"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "categories[" + i + "]";
            CategoryCatalogue.Category category = list.get(i);
            if (category == null) {
                out.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            if (code(field + ".code", category.code(), out) && !seen.add(category.code())) {
                out.add(new FieldViolation(field + ".code", REPEATED_CATEGORY));
            }
            Map<String, String> names = category.names();
            if (names == null || names.isEmpty()) {
                out.add(new FieldViolation(field + ".names", "must name the category in at least one language"));
                continue;
            }
            names.forEach((language, name) -> {
                language(field + ".names", language, out);
                name(field + ".names." + language, name, out);
            });
        }
    }

    private void languages(LanguageList list, List<FieldViolation> out) {
        List<LanguageList.Language> languages = list.languages();
        if (languages == null || languages.isEmpty() || languages.size() > MAX_ENTRIES) {
            out.add(new FieldViolation("languages", "must hold 1 to " + MAX_ENTRIES + " languages"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String field = "languages[" + i + "]";
            LanguageList.Language language = languages.get(i);
            if (language == null) {
                out.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            if (language(field + ".code", language.code(), out) && !seen.add(language.code())) {
                out.add(new FieldViolation(field + ".code", REPEATED_LANGUAGE));
            }
            name(field + ".name", language.name(), out);
        }
        if (list.defaultLanguage() == null || !seen.contains(list.defaultLanguage())) {
            out.add(new FieldViolation("defaultLanguage", DEFAULT_LANGUAGE_LISTED));
        }
    }

    private void defaults(GameDefaults g, List<FieldViolation> out) {
        if (g.mode() == null) {
            out.add(new FieldViolation("mode", "must be CLASSIC or BUZZER"));
        }
        range("questionCount", g.questionCount(), 1, MAX_QUESTIONS, out);
        range(
                "questionTimeLimitSeconds",
                g.questionTimeLimitSeconds(),
                MIN_TIME_LIMIT_SECONDS,
                MAX_TIME_LIMIT_SECONDS,
                out);
        range("maxPlayers", g.maxPlayers(), 1, MAX_PLAYERS, out);
        range("autoAdvanceSeconds", g.autoAdvanceSeconds(), 0, MAX_AUTO_ADVANCE_SECONDS, out);
        language("language", g.language(), out);
    }

    private boolean language(String field, String code, List<FieldViolation> out) {
        if (code == null || !bankLanguages.contains(code)) {
            out.add(new FieldViolation(
                    field,
                    "must be a language the bank accepts: "
                            + bankLanguages.stream().sorted().toList()));
            return false;
        }
        return true;
    }

    private static boolean code(String field, String value, List<FieldViolation> out) {
        if (value == null || !CODE.matcher(value).matches()) {
            out.add(new FieldViolation(field, "must be lower-case letters, digits and '-', at most 40 characters"));
            return false;
        }
        return true;
    }

    private static void name(String field, String value, List<FieldViolation> out) {
        if (value == null || value.isBlank() || value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
            out.add(new FieldViolation(field, "must be 1 to " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static void range(String field, int value, int min, int max, List<FieldViolation> out) {
        if (value < min || value > max) {
            out.add(new FieldViolation(field, "must be between " + min + " and " + max));
        }
    }
}

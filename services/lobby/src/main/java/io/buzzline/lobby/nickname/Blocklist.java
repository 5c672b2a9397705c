package io.buzzline.lobby.nickname;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words a nickname may not contain, from the LDNOOBW lists shipped under {@code moderation/}. Short
 * entries must match a whole word (so "classic" passes although it contains "ass"); entries of four
 * or more letters also match inside a word and across separators ("xXassholeXx", "a.s.s.h.o.l.e").
 */
public final class Blocklist {

    /** Shortest entry that is also matched inside longer words. */
    private static final int SUBSTRING_MIN_LENGTH = 4;

    private final Set<String> wholeWords = new HashSet<>();
    private final Set<String> fragments = new HashSet<>();

    Blocklist(List<String> entries) {
        for (String entry : entries) {
            String form = LookalikeFolding.moderationForm(entry);
            if (form.isEmpty()) {
                continue;
            }
            wholeWords.add(form.replace(" ", ""));
            String compact = LookalikeFolding.collapseRepeats(form.replace(" ", ""));
            if (compact.length() >= SUBSTRING_MIN_LENGTH) {
                fragments.add(compact);
            }
        }
    }

    /** Loads the shipped lists of the given languages (e.g. "en", "de"). */
    public static Blocklist load(List<String> languages) {
        List<String> entries = new java.util.ArrayList<>();
        for (String language : languages) {
            entries.addAll(read("moderation/blocklist-" + language + ".txt"));
        }
        return new Blocklist(entries);
    }

    /** True when the text contains a blocked word in any of the forms described above. */
    public boolean blocks(String text) {
        String form = LookalikeFolding.moderationForm(text);
        for (String word : form.split(" ")) {
            if (wholeWords.contains(word)) {
                return true;
            }
        }
        if (wholeWords.contains(form.replace(" ", ""))) {
            return true;
        }
        String compact = LookalikeFolding.collapseRepeats(form.replace(" ", ""));
        for (String fragment : fragments) {
            if (compact.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return wholeWords.size();
    }

    private static List<String> read(String resource) {
        InputStream stream = Blocklist.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no block list " + resource + " on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

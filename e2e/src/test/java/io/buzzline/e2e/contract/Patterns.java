package io.buzzline.e2e.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings that match, and strings that break, the {@code pattern} of a served schema. The documents use a
 * small part of regular expressions (character classes with ranges and negation, {@code \S}, literals,
 * quantifiers, non-capturing groups without groups inside, top-level alternatives), which is all this reads; anything else fails loudly, so a new
 * pattern is noticed rather than generated wrongly. A JSON Schema pattern is unanchored while the services
 * match whole values (Bean Validation), so a matching string matches whole, and a breaking one contains no
 * match anywhere: both readings agree on each.
 */
final class Patterns {

    /** Text for free strings and for classes that exclude a few characters: several scripts, no '/' or '%'. */
    static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,'!?:äéñßØЖжλ漢字";
    /** Values that break nearly every class the documents use; header-safe (printable ASCII) first. */
    private static final List<String> JUNK = List.of("~", "~~~~~~~~~~", "a b c d e f g h i", "<>", "Ä", "@@");

    private Patterns() {}

    /**
     * One piece of a pattern repeated min to max times: one of {@code chars}, or (when {@code group} is not
     * null) the sequence a non-capturing group holds.
     */
    private record Atom(String chars, List<Atom> group, int min, int max, boolean open) {}

    /** Strings {@code pattern} matches whole; {@code \S} (what @NotBlank documents) is text with a non-space. */
    static Arbitrary<String> matching(String pattern, int minLength, int maxLength) {
        if (pattern.equals("\\S")) {
            return Arbitraries.strings()
                    .withChars(TEXT)
                    .ofMinLength(Math.max(1, minLength))
                    .ofMaxLength(maxLength)
                    .filter(text -> !text.isBlank());
        }
        List<Arbitrary<String>> alternatives = new ArrayList<>();
        for (String alternative : pattern.split("\\|", -1)) {
            alternatives.add(sequence(atoms(alternative)));
        }
        Pattern whole = Pattern.compile(pattern);
        return Arbitraries.oneOf(alternatives)
                .filter(text -> text.length() >= minLength && text.length() <= maxLength)
                .filter(text -> whole.matcher(text).matches());
    }

    /**
     * Strings that contain no match of {@code pattern}, made from a matching one (a character replaced by
     * '~', cut short, upper-cased) or junk; empty when no such string is at hand (e.g. {@code [^/]+}).
     * {@code headerSafe}: printable ASCII only, as an HTTP header carries.
     */
    static Optional<Arbitrary<String>> breaking(String pattern, boolean headerSafe) {
        Pattern compiled = Pattern.compile(pattern);
        List<String> junk = JUNK.stream()
                .filter(text -> !compiled.matcher(text).find())
                .filter(text -> !headerSafe || text.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                .toList();
        if (junk.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matching(pattern, 0, 200).flatMap(valid -> {
            List<String> candidates = new ArrayList<>();
            if (!valid.isEmpty()) {
                int at = Math.floorMod(valid.hashCode(), valid.length());
                candidates.add(valid.substring(0, at) + "~" + valid.substring(at + 1));
                candidates.add(valid.substring(0, valid.length() / 2));
            }
            candidates.add(valid.toUpperCase());
            List<String> broken = candidates.stream()
                    .filter(text -> !text.isEmpty() && !compiled.matcher(text).find())
                    .filter(text -> !headerSafe || text.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                    .toList();
            List<String> all = new ArrayList<>(broken);
            all.addAll(junk);
            return Arbitraries.of(all);
        }));
    }

    /**
     * Straight from jqwik's {@link Random} (its seed replays a run), not from nested {@code Combinators}: the
     * shrinkable trees those build were nearly all of the contract property's own CPU, and a request that
     * breaks a rule is reported whole anyway.
     */
    private static Arbitrary<String> sequence(List<Atom> atoms) {
        return Arbitraries.randomValue(random -> {
            StringBuilder text = new StringBuilder();
            append(atoms, random, text);
            return text.toString();
        });
    }

    private static void append(List<Atom> atoms, Random random, StringBuilder text) {
        for (Atom atom : atoms) {
            int times = repeats(atom, random);
            for (int n = 0; n < times; n++) {
                if (atom.group() == null) {
                    text.append(atom.chars().charAt(random.nextInt(atom.chars().length())));
                } else {
                    append(atom.group(), random, text);
                }
            }
        }
    }

    /**
     * A bounded count is its bound one time in four, so the lengths a schema allows at its edges come up
     * often. An open one ({@code *}, {@code +}, {@code {n,}}) is mostly a few over its minimum, as typed
     * text is, and one time in eight anywhere up to 30 more: uniform counts for every open atom of a
     * group made strings far over the schema's maxLength nearly every time.
     */
    private static int repeats(Atom atom, Random random) {
        int span = atom.max() - atom.min();
        if (atom.open()) {
            if (random.nextInt(8) == 0) {
                return atom.min() + random.nextInt(span + 1);
            }
            int extra = 0;
            while (extra < span && random.nextBoolean()) {
                extra++;
            }
            return atom.min() + extra;
        }
        return switch (random.nextInt(8)) {
            case 0 -> atom.min();
            case 1 -> atom.max();
            default -> atom.min() + random.nextInt(span + 1);
        };
    }

    private static List<Atom> atoms(String pattern) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String chars = null;
            List<Atom> group = null;
            if (c == '(' && pattern.startsWith("(?:", i)) {
                // A non-capturing group without groups inside it: (?:[a-z][ -]*){6}
                int end = pattern.indexOf(')', i);
                group = atoms(pattern.substring(i + 3, end));
                i = end + 1;
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 2);
                chars = characterClass(pattern.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\') {
                chars = escape(pattern.charAt(i + 1));
                i += 2;
            } else if ("(){}*+?.^$".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Patterns cannot read '" + c + "' in " + pattern);
            } else {
                chars = String.valueOf(c);
                i++;
            }
            int min = 1;
            int max = 1;
            boolean open = false;
            if (i < pattern.length() && "{+*?".indexOf(pattern.charAt(i)) >= 0) {
                char quantifier = pattern.charAt(i);
                if (quantifier == '{') {
                    int end = pattern.indexOf('}', i);
                    String[] bounds = pattern.substring(i + 1, end).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    open = bounds.length == 2 && bounds[1].isEmpty();
                    max = bounds.length == 1 ? min : open ? min + 30 : Integer.parseInt(bounds[1]);
                    i = end + 1;
                } else {
                    min = quantifier == '+' ? 1 : 0;
                    open = quantifier != '?';
                    max = quantifier == '?' ? 1 : 30;
                    i++;
                }
            }
            atoms.add(new Atom(chars, group, min, max, open));
        }
        return atoms;
    }

    /** The characters of a class body ({@code a-z0-9_-}, {@code ^/}), a negated one taken from {@link #TEXT}. */
    private static String characterClass(String body) {
        boolean negated = body.startsWith("^");
        String inner = negated ? body.substring(1) : body;
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                chars.append(escape(inner.charAt(++i)));
            } else if (i + 2 < inner.length() && inner.charAt(i + 1) == '-') {
                for (char x = c; x <= inner.charAt(i + 2); x++) {
                    chars.append(x);
                }
                i += 2;
            } else {
                chars.append(c);
            }
        }
        if (!negated) {
            return chars.toString();
        }
        StringBuilder allowed = new StringBuilder();
        TEXT.chars().filter(c -> chars.indexOf(String.valueOf((char) c)) < 0).forEach(c -> allowed.append((char) c));
        return allowed.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case 'S' -> TEXT.replace(" ", "");
            case 'd' -> "0123456789";
            case 'w' -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
            default -> String.valueOf(c);
        };
    }
}

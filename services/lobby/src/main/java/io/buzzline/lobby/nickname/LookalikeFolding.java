package io.buzzline.lobby.nickname;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds look-alike characters so that "Ada", "ADA", "Ádá" and "Аdа" (Cyrillic А) compare equal and
 * "$h1t" is recognised as a word from the block list.
 */
final class LookalikeFolding {

    /** Cyrillic and Greek letters that render like Latin ones. */
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('в', 'b'),
            Map.entry('е', 'e'),
            Map.entry('ё', 'e'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('н', 'h'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('т', 't'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('і', 'i'),
            Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'),
            Map.entry('α', 'a'),
            Map.entry('β', 'b'),
            Map.entry('ε', 'e'),
            Map.entry('ι', 'i'),
            Map.entry('κ', 'k'),
            Map.entry('ν', 'v'),
            Map.entry('ο', 'o'),
            Map.entry('ρ', 'p'),
            Map.entry('τ', 't'),
            Map.entry('υ', 'u'),
            Map.entry('χ', 'x'));

    /** Digits and symbols people use in place of letters to slip words past a filter. */
    private static final Map<Character, Character> LEET = Map.ofEntries(
            Map.entry('0', 'o'),
            Map.entry('1', 'i'),
            Map.entry('3', 'e'),
            Map.entry('4', 'a'),
            Map.entry('5', 's'),
            Map.entry('7', 't'),
            Map.entry('8', 'b'),
            Map.entry('9', 'g'),
            Map.entry('@', 'a'),
            Map.entry('$', 's'),
            Map.entry('!', 'i'),
            Map.entry('|', 'l'),
            Map.entry('+', 't'));

    private LookalikeFolding() {}

    /** Lower case, accents removed, homoglyphs mapped to Latin; digits and separators kept. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String lower = decomposed.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            folded.append(HOMOGLYPHS.getOrDefault(c, c));
        }
        return folded.toString();
    }

    /** The key two nicknames must not share within a game: folded, without spaces or punctuation. */
    static String uniquenessKey(String nickname) {
        return fold(nickname).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * The form the block list is matched against: folded, leetspeak undone, separators kept as spaces.
     * Leetspeak is undone only in tokens that also hold a letter ("a55h0le"), so a plain number such as
     * "Player 455" stays a number and is not read as a word.
     */
    static String moderationForm(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (String token : fold(text).split("[^\\p{L}\\p{N}@$!|+]+")) {
            boolean hasLetter = token.chars().anyMatch(Character::isLetter);
            for (char c : token.toCharArray()) {
                char mapped = hasLetter ? LEET.getOrDefault(c, c) : c;
                result.append(Character.isLetter(mapped) ? mapped : ' ');
            }
            result.append(' ');
        }
        return result.toString().trim().replaceAll(" +", " ");
    }

    /** Runs of one repeated letter reduced to one ("fuuuck" → "fuck"). */
    static String collapseRepeats(String text) {
        return text.replaceAll("(\\p{L})\\1+", "$1");
    }
}

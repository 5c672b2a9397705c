package io.buzzline.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vector selectors out of a PromQL expression: which metrics it names, with which label matchers. It
 * reads PromQL as scripts/tests/observability-test.sh does for the dashboards and rules (strings, matchers, ranges
 * and grouping clauses set aside; what is left that is neither a function nor a keyword is a metric name), and is
 * no parser: whether the expression is valid PromQL is promtool's to say ({@link Promtool}).
 */
final class PromQl {

    /** A selector such as {@code lag{namespace="x", channel="y"}}: its metric and its label matchers. */
    record Selector(String metric, List<LabelMatcher> matchers) {

        /** The value this selector requires {@code label} to equal, if it has such a matcher. */
        Optional<String> equality(String label) {
            return matchers.stream()
                    .filter(m -> m.label().equals(label) && m.operator().equals("="))
                    .map(LabelMatcher::value)
                    .findFirst();
        }
    }

    record LabelMatcher(String label, String operator, String value) {}

    private static final Set<String> KEYWORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "inf",
            "nan",
            "atan2");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_:][A-Za-z0-9_:]*)(\\s*\\()?");
    private static final Pattern MATCHER = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')\\s*,?");

    private PromQl() {}

    /** The metric names the expression reads. */
    static Set<String> metricNames(String expression) {
        Set<String> names = new LinkedHashSet<>();
        selectors(expression).forEach(selector -> names.add(selector.metric()));
        return names;
    }

    /** Every selector of the expression, in order; a matcher list it cannot read fails the test that asked. */
    static List<Selector> selectors(String expression) {
        // Blanked with spaces rather than removed, so that an offset in the mask is the same in the expression.
        String mask = blank(blank(blank(blank(expression, STRING), BRACES), RANGE), GROUPING);
        List<Selector> selectors = new ArrayList<>();
        Matcher name = NAME.matcher(mask);
        while (name.find()) {
            String token = name.group(1);
            if (name.group(2) != null || KEYWORDS.contains(token.toLowerCase())) {
                continue; // a function or aggregation called, or a keyword
            }
            int at = name.end(1);
            while (at < expression.length() && Character.isWhitespace(expression.charAt(at))) {
                at++;
            }
            List<LabelMatcher> matchers = at < expression.length() && expression.charAt(at) == '{'
                    ? matchers(expression.substring(at + 1, closingBrace(expression, at)))
                    : List.of();
            selectors.add(new Selector(token, matchers));
        }
        return selectors;
    }

    private static List<LabelMatcher> matchers(String inside) {
        List<LabelMatcher> matchers = new ArrayList<>();
        Matcher matcher = MATCHER.matcher(inside);
        int at = 0;
        while (at < inside.length() && matcher.find(at) && matcher.start() == at) {
            String quoted = matcher.group(3);
            matchers.add(
                    new LabelMatcher(matcher.group(1), matcher.group(2), quoted.substring(1, quoted.length() - 1)));
            at = matcher.end();
        }
        if (!inside.substring(at).isBlank()) {
            throw new AssertionError("cannot read the label matchers {" + inside + "}");
        }
        return matchers;
    }

    /** The index of the brace closing the one at {@code open}, skipping quoted label values. */
    private static int closingBrace(String expression, int open) {
        Matcher string = STRING.matcher(expression);
        for (int at = open + 1; at < expression.length(); at++) {
            char c = expression.charAt(at);
            if ((c == '"' || c == '\'') && string.find(at) && string.start() == at) {
                at = string.end() - 1;
            } else if (c == '}') {
                return at;
            }
        }
        throw new AssertionError("unclosed label matchers in " + expression);
    }

    private static String blank(String text, Pattern pattern) {
        StringBuilder out = new StringBuilder(text);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            for (int at = matcher.start(); at < matcher.end(); at++) {
                out.setCharAt(at, ' ');
            }
        }
        return out.toString();
    }
}

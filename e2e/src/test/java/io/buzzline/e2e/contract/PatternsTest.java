package io.buzzline.e2e.contract;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.buzzline.events.wire.JoinCode;

import static org.assertj.core.api.Assertions.assertThat;

/** Strings made for a pattern with a group (the lobby's join code as typed) match it; broken ones hold no match. */
class PatternsTest {

    /** The join code as typed, the pattern the lobby's document serves for it. */
    private static final String JOIN_CODE = JoinCode.TYPED_PATTERN;

    @Property(tries = 300)
    void matchingStringsMatchWhole(@ForAll("matching") String typed) {
        assertThat(typed).matches(JOIN_CODE);
        assertThat(typed.replaceAll("[ -]", "")).hasSize(6);
    }

    @Property(tries = 300)
    void breakingStringsHoldNoMatch(@ForAll("breaking") String typed) {
        assertThat(Pattern.compile(JOIN_CODE).matcher(typed).find()).as(typed).isFalse();
    }

    @Provide
    Arbitrary<String> matching() {
        return Patterns.matching(JOIN_CODE, 0, 24);
    }

    @Provide
    Arbitrary<String> breaking() {
        return Patterns.breaking(JOIN_CODE, false).orElseThrow();
    }
}

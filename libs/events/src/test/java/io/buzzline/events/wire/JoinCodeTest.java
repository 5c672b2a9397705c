package io.buzzline.events.wire;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodeTest {

    @Test
    void typingIsForgiving() {
        assertThat(JoinCode.normalize(" k7m-2qx ")).contains("K7M2QX");
        assertThat(JoinCode.isIssued("K7M2QX")).isTrue();
        assertThat(JoinCode.isIssued("k7m2qx"))
                .as("issued codes are upper case")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7M2Q", "K7M2QXX", "K7M2Q0", "K7M2QO", "K7M2QI", "K7M2Q!"})
    void rejectsWhatCannotBeACode(String typed) {
        assertThat(JoinCode.normalize(typed)).isEmpty();
        assertThat(JoinCode.isIssued(typed)).isFalse();
        assertThat(typed).doesNotMatch(JoinCode.TYPED_PATTERN).doesNotMatch(JoinCode.ISSUED_PATTERN);
    }

    /**
     * The documented patterns say what the code accepts: TYPED_PATTERN admits only what normalize accepts and
     * every code typed with case and separators; ISSUED_PATTERN is exactly isIssued.
     */
    @Test
    void theDocumentedPatternsAreWhatTheCodeAccepts() {
        SplittableRandom random = new SplittableRandom(18);
        String pieces = JoinCode.ALPHABET + "abcdxyz01OIL -_!";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder issued = new StringBuilder();
            StringBuilder typed = new StringBuilder();
            for (int k = 0; k < JoinCode.LENGTH; k++) {
                char c = JoinCode.ALPHABET.charAt(random.nextInt(JoinCode.ALPHABET.length()));
                issued.append(c);
                typed.append(random.nextBoolean() ? c : Character.toLowerCase(c));
                typed.append(random.nextInt(4) == 0 ? " -".charAt(random.nextInt(2)) : "");
            }
            assertThat(issued.toString()).matches(JoinCode.ISSUED_PATTERN);
            assertThat(JoinCode.isIssued(issued.toString())).isTrue();
            assertThat(typed.toString()).matches(JoinCode.TYPED_PATTERN);
            assertThat(JoinCode.normalize(typed.toString())).contains(issued.toString());
            StringBuilder noise = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                noise.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String text = noise.toString();
            if (text.matches(JoinCode.TYPED_PATTERN)) {
                assertThat(JoinCode.normalize(text)).as(text).isPresent();
            }
            assertThat(JoinCode.isIssued(text)).as(text).isEqualTo(text.matches(JoinCode.ISSUED_PATTERN));
        }
    }
}

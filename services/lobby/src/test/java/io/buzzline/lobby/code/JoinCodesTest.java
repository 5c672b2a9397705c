package io.buzzline.lobby.code;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodesTest {

    @Test
    void codesUseOnlyUnambiguousCharacters() {
        JoinCodes codes = new JoinCodes(new SplittableRandom(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(6).doesNotContainPattern("[01OIL]");
            assertThat(JoinCodes.normalize(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }

    @Test
    void typingIsForgiving() {
        assertThat(JoinCodes.normalize(" k7m-2qx ")).contains("K7M2QX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7M2Q", "K7M2QXX", "K7M2Q0", "K7M2QO", "K7M2QI", "K7M2Q!"})
    void rejectsWhatCannotBeACode(String typed) {
        assertThat(JoinCodes.normalize(typed)).isEmpty();
        assertThat(typed).doesNotMatch(JoinCodes.TYPED_PATTERN);
    }

    /** The documented pattern admits only what normalize accepts, and every code typed with case and separators. */
    @Test
    void theDocumentedPatternIsWhatNormalizeAccepts() {
        SplittableRandom random = new SplittableRandom(18);
        JoinCodes codes = new JoinCodes(random);
        String pieces = JoinCodes.ALPHABET + "abcdxyz01OIL -_!";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder typed = new StringBuilder();
            for (char c : codes.next().toCharArray()) {
                typed.append(random.nextBoolean() ? c : Character.toLowerCase(c));
                typed.append(random.nextInt(4) == 0 ? " -".charAt(random.nextInt(2)) : "");
            }
            assertThat(typed.toString()).matches(JoinCodes.TYPED_PATTERN);
            assertThat(JoinCodes.normalize(typed.toString())).isPresent();
            StringBuilder noise = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                noise.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            if (noise.toString().matches(JoinCodes.TYPED_PATTERN)) {
                assertThat(JoinCodes.normalize(noise.toString()))
                        .as(noise.toString())
                        .isPresent();
            }
        }
    }
}

package io.buzzline.lobby.code;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.buzzline.events.wire.JoinCode;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodesTest {

    /** Issued codes are in the shared format (its own rules are tested in libs/events' JoinCodeTest). */
    @Test
    void codesUseOnlyUnambiguousCharacters() {
        JoinCodes codes = new JoinCodes(new SplittableRandom(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(6).doesNotContainPattern("[01OIL]");
            assertThat(JoinCode.isIssued(code)).isTrue();
            assertThat(JoinCode.normalize(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}

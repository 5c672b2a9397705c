package io.buzzline.lobby.nickname;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.buzzline.lobby.nickname.NicknameVerdict.Accepted;
import io.buzzline.lobby.nickname.NicknameVerdict.Reason;
import io.buzzline.lobby.nickname.NicknameVerdict.Rejected;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamePolicyTest {

    private static final NicknamePolicy POLICY = new NicknamePolicy(Blocklist.load(List.of("en", "de", "fr")));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ada",
                "Grace Hopper",
                "Zoë",
                "Jean-Luc",
                "O'Brien",
                "李小龍",
                "Classic Bob",
                "Sussex fan",
                "Player 455",
                "Agent 717",
                "Dr. Pass",
                // Issue 18: the filter refused this random-looking one (leetspeak is read inside words only).
                "Bbd95cE50",
                // Outside the BMP: 20 code points (40 UTF-16 chars) is the longest a nickname may be.
                "\uD840\uDC00\uD840\uDC01\uD840\uDC02\uD840\uDC03\uD840\uDC04\uD840\uDC05\uD840\uDC06"
                        + "\uD840\uDC07\uD840\uDC08\uD840\uDC09\uD840\uDC0A\uD840\uDC0B\uD840\uDC0C\uD840\uDC0D"
                        + "\uD840\uDC0E\uD840\uDC0F\uD840\uDC10\uD840\uDC11\uD840\uDC12\uD840\uDC13"
            })
    void acceptsOrdinaryNicknames(String nickname) {
        assertThat(POLICY.check(nickname)).isInstanceOf(Accepted.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A            | TOO_SHORT",
                "'   '        | TOO_SHORT",
                "ThisNicknameIsWayTooLong | TOO_LONG",
                "<script>     | INVALID_CHARACTERS",
                "ada😀        | INVALID_CHARACTERS",
                "...          | INVALID_CHARACTERS",
                "asshole      | NOT_ALLOWED",
                "A55H0LE      | NOT_ALLOWED",
                "xXassholeXx  | NOT_ALLOWED",
                "a.s.s.h.o.l.e| NOT_ALLOWED",
                "ass          | NOT_ALLOWED",
                "fuuuuck      | NOT_ALLOWED",
                "Аsshole      | NOT_ALLOWED",
                "Ãsshöle      | NOT_ALLOWED"
            })
    void rejectsWithAReason(String nickname, Reason reason) {
        assertThat(POLICY.check(nickname))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(reason));
    }

    @Test
    void lookAlikesShareOneUniquenessKey() {
        List<String> keys = List.of("Ada", "ADA", "Ádá", "Аdа", " ada ").stream()
                .map(name -> ((Accepted) POLICY.check(name)).uniquenessKey())
                .distinct()
                .toList();

        assertThat(keys).containsExactly("ada");
    }

    @Test
    void cleansWhitespace() {
        assertThat(POLICY.check("  Grace   Hopper ")).isEqualTo(new Accepted("Grace Hopper", "gracehopper"));
    }

    @Test
    void shipsTheWordLists() {
        assertThat(Blocklist.load(List.of("en")).size()).isGreaterThan(300);
    }
}

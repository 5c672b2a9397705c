package io.buzzline.wallet;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryKeyTest {

    @Test
    void theSameCauseAlwaysMakesTheSameKey() {
        assertThat(EntryKey.gameResult("g_1", "p_2")).isEqualTo(EntryKey.gameResult("g_1", "p_2"));
        assertThat(EntryKey.gameResult("g_1", "p_2").value()).isEqualTo("game:g_1:p_2");
        Instant monday = Instant.parse("2026-12-07T00:00:00Z");
        assertThat(EntryKey.questReward("q-7", monday, "p_2").value()).isEqualTo("quest:q-7:1796601600000:p_2");
        assertThat(EntryKey.purchase("p_2", "buy-1").value()).isEqualTo("purchase:p_2:buy-1");
    }

    @Test
    void differentCausesNeverShareAKey() {
        assertThat(EntryKey.gameResult("g_1", "p_2")).isNotEqualTo(EntryKey.gameResult("g_1", "p_3"));
        assertThat(EntryKey.questReward("q", Instant.EPOCH, "p"))
                .isNotEqualTo(EntryKey.questReward("q", Instant.EPOCH.plusSeconds(86_400), "p"));
    }

    @Test
    void aPartThatCouldMakeTwoCausesOneKeyIsRefusedNamingIt() {
        // "a:b" + "c" and "a" + "b:c" would both be game:a:b:c.
        assertThatThrownBy(() -> EntryKey.gameResult("a:b", "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gameId");
        assertThatThrownBy(() -> EntryKey.purchase("p", "x/y")).hasMessageContaining("Idempotency-Key");
        assertThatThrownBy(() -> EntryKey.purchase("p", "")).hasMessageContaining("Idempotency-Key");
        assertThatThrownBy(() -> EntryKey.purchase("p", "k".repeat(129))).hasMessageContaining("128");
        assertThat(EntryKey.validPart("k".repeat(128))).isTrue();
    }
}

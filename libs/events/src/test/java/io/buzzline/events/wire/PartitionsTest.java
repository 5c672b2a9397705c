package io.buzzline.events.wire;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionsTest {

    @Test
    void aGameAlwaysLandsInTheSamePartition() {
        Partitions sixteen = new Partitions(16);
        // Pinned values (CRC-32, as Python's zlib.crc32 computes it): every service and every version must
        // agree, so the hash may never change.
        assertThat(sixteen.of("g_1")).isEqualTo(6);
        assertThat(sixteen.of("ABCD")).isEqualTo(5);
        assertThat(new Partitions(7).of("g_42")).isEqualTo(2);
    }

    @Test
    void randomGameIdsSpreadOverEveryPartition() {
        Partitions sixteen = new Partitions(16);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 16_000; i++) {
            counts.merge(sixteen.of(UUID.randomUUID().toString()), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(sixteen.all());
        // 1,000 expected each; a 25 % band is more than 7 standard deviations wide.
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(750, 1250));
    }

    @Test
    void oneOrMorePartitionsOnly() {
        assertThat(new Partitions(1).of("anything")).isZero();
        assertThatThrownBy(() -> new Partitions(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wire.partitions");
    }
}

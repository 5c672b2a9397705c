package io.buzzline.match.messaging;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeGroupTest {

    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final String OWN = "buzzline-match-me";
    private static final long LONG = IDLE.toMillis();
    private static final OptionalLong NO_HEARTBEAT = OptionalLong.empty();

    @Test
    void anOldHeartbeatMakesTheGroupAbandoned() {
        assertThat(group("buzzline-match-old", List.of(5L), OptionalLong.of(LONG))
                        .abandoned(OWN, IDLE))
                .isTrue();
    }

    @Test
    void aFreshHeartbeatKeepsTheGroupEvenWhenItsConsumersLookIdle() {
        assertThat(group("buzzline-match-quiet", List.of(LONG * 3), OptionalLong.of(1_000))
                        .abandoned(OWN, IDLE))
                .isFalse();
    }

    @Test
    void withoutHeartbeatEveryConsumerMustBeIdleLongEnough() {
        assertThat(group("buzzline-match-legacy", List.of(LONG, LONG + 1), NO_HEARTBEAT)
                        .abandoned(OWN, IDLE))
                .isTrue();
        assertThat(group("buzzline-match-legacy", List.of(LONG, 500L), NO_HEARTBEAT)
                        .abandoned(OWN, IDLE))
                .isFalse();
        assertThat(group("buzzline-match-new", List.of(), NO_HEARTBEAT).abandoned(OWN, IDLE))
                .isFalse();
    }

    @Test
    void ownGroupAndOtherServicesGroupsAreKept() {
        assertThat(group(OWN, List.of(LONG), OptionalLong.of(LONG)).abandoned(OWN, IDLE))
                .isFalse();
        assertThat(group("scoring", List.of(LONG), NO_HEARTBEAT).abandoned(OWN, IDLE))
                .isFalse();
        assertThat(group("scoring", List.of(LONG), NO_HEARTBEAT).instanceId()).isEmpty();
        assertThat(group("buzzline-match-pod-1", List.of(), NO_HEARTBEAT).instanceId())
                .isEqualTo("pod-1");
    }

    private static IntakeGroup group(String name, List<Long> idle, OptionalLong heartbeat) {
        return new IntakeGroup(name, idle, heartbeat);
    }
}

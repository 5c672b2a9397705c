package io.buzzline.match.messaging;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * One consumer group on the intake stream: its name, how long each of its consumers has been idle (as
 * XINFO CONSUMERS reports it) and how old the heartbeat of the instance it belongs to is, if that
 * instance ever wrote one. Every match instance reads the intake through a group of its own
 * ({@code buzzline-match-<instance id>}); under Knative each pod has a new id, so the groups of pods that
 * are gone would pile up.
 */
public record IntakeGroup(String name, List<Long> consumerIdleMillis, OptionalLong heartbeatAgeMillis) {

    /** The group name prefix of match instances. */
    public static final String PREFIX = "buzzline-match-";

    /** The instance id this group belongs to (empty for other services' groups). */
    public String instanceId() {
        return name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : "";
    }

    /**
     * Whether this group belongs to an instance that is gone: a match instance's group other than
     * {@code own} whose heartbeat is {@code idle} old or older. The heartbeat decides when there is one,
     * because Redis 7.0 does not reset a consumer's idle time on a read that returns nothing, so a live
     * instance with a quiet intake looks idle. Without a heartbeat (an instance from before heartbeats, or
     * one that has just created its group) every consumer must be idle that long, and a group without
     * consumers is left alone.
     */
    public boolean abandoned(String own, Duration idle) {
        if (!name.startsWith(PREFIX) || name.equals(own)) {
            return false;
        }
        if (heartbeatAgeMillis.isPresent()) {
            return heartbeatAgeMillis.getAsLong() >= idle.toMillis();
        }
        return !consumerIdleMillis.isEmpty() && consumerIdleMillis.stream().allMatch(ms -> ms >= idle.toMillis());
    }
}

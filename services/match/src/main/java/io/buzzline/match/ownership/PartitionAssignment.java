package io.buzzline.match.ownership;

import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;

import io.buzzline.events.wire.Partitions;
import io.buzzline.redis.streams.partition.PartitionFilter;

/**
 * The partitions of the command stream this instance reads now. The intake reads only these (connector
 * attribute {@code partition-filter=match-partitions}); the directory places and takes over only games
 * in them. Empty until the first membership refresh: an instance reads nothing before it knows its share.
 *
 * <p>Reading is advisory, not a lock: while the members' views differ (an instance joined or left less
 * than a refresh ago) two instances may read one partition, or none for a moment. Game leases stay what
 * decides who acts on a game, and a game's new owner catches up from the stream from its predecessor's
 * cursor, so neither case loses or doubles a command; the intake bounds what a handed-over partition
 * replays (services/match README, "Commands in").
 */
@ApplicationScoped
// Named for the connector's lookup, and injectable by type too: @Identifier alone would drop @Default.
@Identifier(PartitionAssignment.FILTER)
@Default
public class PartitionAssignment implements PartitionFilter {

    /** The filter's identifier in application.properties. */
    public static final String FILTER = "match-partitions";

    private final Partitions partitions;
    private final MeterRegistry metrics;
    private final Gauge gauge;
    private volatile Set<Integer> assigned = Set.of();

    public PartitionAssignment(Partitions partitions, MeterRegistry metrics) {
        this.partitions = partitions;
        this.metrics = metrics;
        this.gauge = Gauge.builder("buzzline.match.partitions", this, assignment -> assignment.assigned.size())
                .description("partitions of the command stream this instance reads")
                .register(metrics);
    }

    /** As GameDirectory's gauge: a later application in the same JVM registers its own. */
    @PreDestroy
    void unregister() {
        metrics.remove(gauge);
    }

    @Override
    public boolean reads(int partition) {
        return assigned.contains(partition);
    }

    /** Whether the game's partition is one this instance reads. */
    public boolean readsGame(String gameId) {
        return reads(partitions.of(gameId));
    }

    public int partitionOf(String gameId) {
        return partitions.of(gameId);
    }

    public int count() {
        return partitions.count();
    }

    public Set<Integer> assigned() {
        return assigned;
    }

    /** Installs the new share; answers the partitions this instance no longer reads. */
    public Set<Integer> replace(Set<Integer> next) {
        Set<Integer> lost = new TreeSet<>(assigned);
        lost.removeAll(next);
        assigned = Set.copyOf(next);
        return lost;
    }
}

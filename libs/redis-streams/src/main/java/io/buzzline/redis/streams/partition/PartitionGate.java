package io.buzzline.redis.streams.partition;

import java.time.Duration;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import io.buzzline.redis.streams.redis.StreamCommands;

/**
 * Opens and closes one partition's reads as the {@link PartitionFilter} says. When the partition is handed
 * to this instance and {@code resumeBacklog} is set, what the group has not read yet is first bounded to
 * that window before Redis' clock ({@link StreamCommands#boundBacklog}): a group that last read the
 * partition hours ago does not replay hours of another reader's entries, yet entries written while no
 * instance read it (the previous reader stopped just before this one started) are still read. Entries
 * already handled elsewhere may come again and must be harmless (match's game leases and command ids make
 * them so).
 */
public final class PartitionGate {

    private static final Logger LOG = Logger.getLogger(PartitionGate.class);

    /** How long a closed partition waits before asking the filter again. */
    static final Duration CLOSED_PAUSE = Duration.ofMillis(100);

    private final PartitionFilter filter;
    private final int partition;
    private final Duration resumeBacklog;
    private final StreamCommands commands;
    private final String stream;
    private final String group;
    // Written by the channel's poll loop only; read by the metrics.
    private volatile boolean reading;

    public PartitionGate(
            PartitionFilter filter,
            int partition,
            Duration resumeBacklog,
            StreamCommands commands,
            String stream,
            String group) {
        this.filter = filter;
        this.partition = partition;
        this.resumeBacklog = resumeBacklog;
        this.commands = commands;
        this.stream = stream;
        this.group = group;
        this.reading = partition < 0;
    }

    /** No partitions: always open. */
    public static PartitionGate open() {
        return new PartitionGate(PartitionFilter.ALL, -1, null, null, null, null);
    }

    public int partition() {
        return partition;
    }

    /**
     * Whether this partition is being read: from its first read until the poll after it was taken away
     * (a read in progress when it went still delivers what it gets, so a handover ends only then).
     */
    public boolean reading() {
        return reading;
    }

    /**
     * Whether the channel may read now; called by its single poll loop only. A partition just handed over
     * is first rewound (a failed rewind is tried again at the next poll, reading nothing meanwhile); a
     * closed one answers false after a short pause, so the loop does not spin.
     */
    public Uni<Boolean> admit() {
        if (!filter.reads(partition)) {
            if (reading) {
                LOG.infof("Stopped reading %s (partition %d handed elsewhere)", stream, partition);
            }
            reading = false;
            return Uni.createFrom().item(false).onItem().delayIt().by(CLOSED_PAUSE);
        }
        if (reading) {
            return Uni.createFrom().item(true);
        }
        Uni<Void> rewind = resumeBacklog == null || resumeBacklog.isNegative()
                ? Uni.createFrom().voidItem()
                : commands.boundBacklog(stream, group, resumeBacklog);
        return rewind.invoke(() -> {
                    reading = true;
                    LOG.infof(
                            "Reading %s (partition %d)%s",
                            stream,
                            partition,
                            resumeBacklog == null || resumeBacklog.isNegative()
                                    ? ""
                                    : ", its backlog bounded to " + resumeBacklog.toMillis() + " ms");
                })
                .replaceWith(false);
    }
}

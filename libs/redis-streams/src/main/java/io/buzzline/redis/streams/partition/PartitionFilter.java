package io.buzzline.redis.streams.partition;

/**
 * Which partitions of a partitioned incoming channel this instance reads now (connector attribute {@code
 * partition-filter}: the {@code @Identifier} of a bean implementing this). Asked before every read, so an
 * answer may change at any time: a partition handed to this instance is read from the next poll on, one
 * taken away stops being read after the read in progress. The filter only saves work: whatever decides
 * who may act on an entry (match's game leases) must hold even while two instances read one partition,
 * or none does for a moment.
 */
@FunctionalInterface
public interface PartitionFilter {

    /** Every partition: the default, for consumers that share one group over all partitions. */
    PartitionFilter ALL = partition -> true;

    boolean reads(int partition);
}

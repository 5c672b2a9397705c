package io.buzzline.redis.streams.app;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;

import io.smallrye.common.annotation.Identifier;

import io.buzzline.redis.streams.partition.PartitionFilter;

/** The partitioned test channel's filter, which a test changes as an assignment would. */
@ApplicationScoped
@Identifier(TestChannels.PARTS_FILTER)
@Default
public class PartsFilter implements PartitionFilter {

    private volatile Set<Integer> reading = Set.of(0, 1);

    @Override
    public boolean reads(int partition) {
        return reading.contains(partition);
    }

    public void readOnly(Set<Integer> partitions) {
        reading = Set.copyOf(partitions);
    }
}

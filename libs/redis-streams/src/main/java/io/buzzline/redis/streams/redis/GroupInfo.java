package io.buzzline.redis.streams.redis;

/**
 * What XINFO GROUPS says about one consumer group: entries delivered but not acknowledged, entries not yet
 * delivered to the group (-1 when Redis cannot tell, for example after a deletion), and the id of the last
 * entry delivered.
 */
public record GroupInfo(String name, long consumers, long pending, long lag, String lastDeliveredId) {}

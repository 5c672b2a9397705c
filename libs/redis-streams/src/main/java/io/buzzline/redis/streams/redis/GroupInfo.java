package io.buzzline.redis.streams.redis;

/**
 * What XINFO GROUPS says about one consumer group: entries delivered but not acknowledged, and entries
 * not yet delivered to the group (-1 when Redis cannot tell, for example after a deletion).
 */
public record GroupInfo(String name, long consumers, long pending, long lag) {}

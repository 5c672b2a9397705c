package io.buzzline.events.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

/**
 * How a region's games are spread over the partitions of its partitioned streams ({@link
 * SharedStream#partitioned()}): a game always lands in the same partition, whichever service computes it,
 * so its commands stay in one stream in order and one match instance can read them without reading the
 * rest of the region. The count is the library's {@code wire.partitions} (shipped default {@value
 * #DEFAULT_COUNT}); every service of a region must use the same count, and changing it moves games
 * between streams, so it is changed only on an empty region (docs/scale.md).
 *
 * <p>The hash is CRC-32 of the game id's UTF-8 bytes: stable across JVMs and versions (unlike {@link
 * String#hashCode()}, which nothing promises to keep), cheap, and spread evenly enough for random ids.
 */
public record Partitions(int count) {

    /** The shipped {@code wire.partitions}. */
    public static final int DEFAULT_COUNT = 16;

    /** The shipped count, for tools and tests that do not read the configuration. */
    public static final Partitions DEFAULT = new Partitions(DEFAULT_COUNT);

    /** The configuration property holding the count, shipped by this library. */
    public static final String PROPERTY = "wire.partitions";

    public Partitions {
        if (count < 1 || count > 1024) {
            throw new IllegalArgumentException(PROPERTY + " must be between 1 and 1024, was " + count);
        }
    }

    /** The partition of {@code gameId}, in {@code [0, count)}. */
    public int of(String gameId) {
        CRC32 crc = new CRC32();
        crc.update(gameId.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    /** Every partition number, in order. */
    public List<Integer> all() {
        return IntStream.range(0, count).boxed().toList();
    }
}

package io.buzzline.match.ownership;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which partitions an instance reads, by rendezvous (highest random weight) hashing: each partition goes
 * to the live instance with the highest weight for it. Every instance computes the same answer from the
 * same member list without talking to the others, the partitions spread evenly, and when an instance joins
 * or leaves only the partitions it takes or gives move (about one in n), not a reshuffle of all.
 */
public final class Rendezvous {

    private Rendezvous() {}

    /** The partitions of {@code [0, partitions)} that {@code self} reads among {@code members} (self counted). */
    public static Set<Integer> assigned(String self, Collection<String> members, int partitions) {
        Set<String> everyone = new TreeSet<>(members);
        everyone.add(self);
        Set<Integer> mine = new TreeSet<>();
        for (int partition = 0; partition < partitions; partition++) {
            String winner = null;
            long best = 0;
            for (String member : everyone) {
                long weight = weight(member, partition);
                // Ties (astronomically rare) go to the smaller name, the same answer on every instance.
                if (winner == null || Long.compareUnsigned(weight, best) > 0) {
                    winner = member;
                    best = weight;
                }
            }
            if (self.equals(winner)) {
                mine.add(partition);
            }
        }
        return mine;
    }

    /** FNV-1a over the member's name and the partition, then a 64-bit finaliser to spread the bits. */
    static long weight(String member, int partition) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (member + '#' + partition).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}

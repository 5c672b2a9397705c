package io.buzzline.match.ownership;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which partitions an instance reads: rendezvous (highest random weight) hashing with bounded loads. Each
 * partition goes, in partition order, to the live instance with the highest weight for it among those
 * with room left, room being an even share: ⌊P/n⌋ each, and ⌈P/n⌉ for as many as P mod n allows. Every
 * instance computes the same answer from the same member list without talking to the others; shares
 * differ by one at most (plain rendezvous hashing split 16 partitions 11/5 between two instances in a
 * {@code bench-match --smoke --instances 2} run); and a joining or leaving instance moves few partitions besides its own share, because
 * each partition's preference order does not depend on the other partitions.
 */
public final class Rendezvous {

    private Rendezvous() {}

    /** The partitions of {@code [0, partitions)} that {@code self} reads among {@code members} (self counted). */
    public static Set<Integer> assigned(String self, Collection<String> members, int partitions) {
        Set<String> everyone = new TreeSet<>(members);
        everyone.add(self);
        int floor = partitions / everyone.size();
        int ceilings = partitions % everyone.size();
        Map<String, Integer> load = new HashMap<>();
        Set<Integer> mine = new TreeSet<>();
        for (int partition = 0; partition < partitions; partition++) {
            final int p = partition;
            List<String> preference = everyone.stream()
                    .sorted(Comparator.comparing((String member) -> weight(member, p), Long::compareUnsigned)
                            .reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            for (String member : preference) {
                int taken = load.getOrDefault(member, 0);
                boolean room = taken < floor || (taken == floor && ceilings > 0);
                if (room) {
                    if (taken == floor) {
                        ceilings--;
                    }
                    load.put(member, taken + 1);
                    if (member.equals(self)) {
                        mine.add(partition);
                    }
                    break;
                }
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

package io.buzzline.match.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RendezvousTest {

    @Test
    void everyPartitionGoesToExactlyOneMember() {
        for (int size = 1; size <= 6; size++) {
            List<String> members = members(size);
            List<Integer> all = new ArrayList<>();
            for (String member : members) {
                all.addAll(Rendezvous.assigned(member, members, 16));
            }
            assertThat(all).as("%d members", size).containsExactlyInAnyOrderElementsOf(range(16));
        }
    }

    @Test
    void aLoneInstanceReadsEverythingEvenBeforeItSeesItself() {
        assertThat(Rendezvous.assigned("solo", List.of(), 16)).containsExactlyElementsOf(range(16));
    }

    @Test
    void sharesDifferByOneAtMost() {
        for (int size = 1; size <= 6; size++) {
            List<String> members = members(size);
            for (int partitions : List.of(16, 17, 64)) {
                List<Integer> shares = members.stream()
                        .map(member ->
                                Rendezvous.assigned(member, members, partitions).size())
                        .toList();
                int spread = shares.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - shares.stream().mapToInt(Integer::intValue).min().orElseThrow();
                assertThat(spread)
                        .as("%d members, %d partitions: %s", size, partitions, shares)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aJoiningMemberMovesLittleBesidesItsOwnShare() {
        List<String> before = members(3);
        List<String> after = members(4);
        int moved = 0;
        for (int partition = 0; partition < 64; partition++) {
            if (!owner(before, partition).equals(owner(after, partition))) {
                moved++;
            }
        }
        // The joiner's share is 16 of 64; a reshuffle (a modulo assignment) would move about 48.
        assertThat(moved).as("partitions that changed reader").isBetween(16, 24);
    }

    private static String owner(List<String> members, int partition) {
        return members.stream()
                .filter(member -> Rendezvous.assigned(member, members, 64).contains(partition))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "match-" + (char) ('a' + i))
                .toList();
    }

    private static List<Integer> range(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}

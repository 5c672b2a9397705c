package io.buzzline.match.ownership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    void sharesAreEven() {
        List<String> members = members(4);
        for (String member : members) {
            // 256 expected of 1,024; the band is several standard deviations wide.
            assertThat(Rendezvous.assigned(member, members, 1024)).hasSizeBetween(200, 312);
        }
    }

    @Test
    void aJoiningMemberTakesPartitionsOnlyFromOthersNeverMovesThemBetweenThem() {
        List<String> before = members(3);
        List<String> after = members(4);
        String joiner = after.get(3);
        Set<Integer> taken = Rendezvous.assigned(joiner, after, 64);
        assertThat(taken).as("the joiner's share").isNotEmpty();
        for (String member : before) {
            Set<Integer> was = Rendezvous.assigned(member, before, 64);
            Set<Integer> is = Rendezvous.assigned(member, after, 64);
            assertThat(was)
                    .as("%s keeps all it had but what the joiner took", member)
                    .containsAll(is);
            Set<Integer> lost = new HashSet<>(was);
            lost.removeAll(is);
            assertThat(taken).containsAll(lost);
        }
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

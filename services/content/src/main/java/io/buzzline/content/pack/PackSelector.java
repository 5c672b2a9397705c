package io.buzzline.content.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.buzzline.content.question.StoredQuestion;

/**
 * The selection rules, free of storage: only active questions of the language within the
 * difficulty range (and the success-rate band, for questions answered at least {@code
 * minAnswersForRate} times); none the group played recently; categories interleaved round-robin in
 * request order so a pack over several categories is balanced; random within a category.
 */
public final class PackSelector {

    private final long minAnswersForRate;

    public PackSelector(long minAnswersForRate) {
        this.minAnswersForRate = minAnswersForRate;
    }

    /**
     * Selects from pools keyed as {@link PackRequest#pools()}; {@code random} decides the order within
     * each pool.
     */
    public Selection select(
            PackRequest request, Map<String, List<StoredQuestion>> pools, Set<String> recent, Random random) {
        int matching = 0;
        List<Deque<StoredQuestion>> fresh = new ArrayList<>();
        for (String category : request.pools()) {
            List<StoredQuestion> eligible = new ArrayList<>();
            for (StoredQuestion q : pools.getOrDefault(category, List.of())) {
                if (matches(request, q)) {
                    matching++;
                    if (!recent.contains(q.id())) {
                        eligible.add(q);
                    }
                }
            }
            Collections.shuffle(eligible, random);
            fresh.add(new ArrayDeque<>(eligible));
        }
        int freshCount = fresh.stream().mapToInt(Deque::size).sum();
        if (matching < request.count()) {
            return new Selection.BankTooSmall(matching);
        }
        if (freshCount < request.count()) {
            return new Selection.TooManyRecent(matching, freshCount);
        }
        List<StoredQuestion> chosen = new ArrayList<>(request.count());
        while (chosen.size() < request.count()) {
            for (Deque<StoredQuestion> queue : fresh) {
                if (!queue.isEmpty() && chosen.size() < request.count()) {
                    chosen.add(queue.poll());
                }
            }
        }
        return new Selection.Chosen(chosen);
    }

    private boolean matches(PackRequest request, StoredQuestion q) {
        int difficulty = q.content().difficulty();
        return q.active()
                && q.content().language().equals(request.language())
                && difficulty >= request.difficultyMin()
                && difficulty <= request.difficultyMax()
                && withinSuccessBand(request, q);
    }

    /** Too few answers say nothing about a question's difficulty: it passes. */
    private boolean withinSuccessBand(PackRequest request, StoredQuestion q) {
        if (q.stats().timesAnswered() < minAnswersForRate) {
            return true;
        }
        double rate = q.stats().successRate();
        return rate >= request.successRateMin() && rate <= request.successRateMax();
    }
}

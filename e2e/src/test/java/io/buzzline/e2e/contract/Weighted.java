package io.buzzline.e2e.contract;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple.Tuple2;

/** {@link Arbitraries#frequencyOf} over a list built at run time (its varargs take an array of a generic type). */
final class Weighted {

    private Weighted() {}

    @SuppressWarnings("unchecked")
    static <T> Arbitrary<T> of(List<Tuple2<Integer, Arbitrary<T>>> weighted) {
        return Arbitraries.frequencyOf(weighted.toArray(Tuple2[]::new));
    }
}

package org.communs.portal.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Picks from a list ordered most frequent first, with a weight falling as a power of the rank
 * (Zipf-like): a few names, towns and skills are very common and the long tail is rare, as in a
 * real directory. A uniform pick would make every query return about as many results, which is
 * not what members see.
 */
final class RankWeightedPicker<T> {

    private final List<T> values;
    private final double[] cumulative;

    RankWeightedPicker(List<T> values, double exponent) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[values.size()];
        double total = 0;
        for (int rank = 0; rank < values.size(); rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    T pick(RandomGenerator random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        return values.get(found >= 0 ? found : Math.min(-found - 1, values.size() - 1));
    }

    List<T> values() {
        return values;
    }
}

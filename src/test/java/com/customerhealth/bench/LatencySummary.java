package com.customerhealth.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Count, p50, p90, p99 and max of a set of durations, each percentile by nearest rank: the smallest value
 * that at least that share of the values does not exceed, so that every figure printed is one that was
 * measured.
 *
 * @param count how many durations
 * @param p50   nanoseconds
 * @param p90   nanoseconds
 * @param p99   nanoseconds
 * @param max   nanoseconds
 */
record LatencySummary(int count, long p50, long p90, long p99, long max) {

    /** The summary of {@code nanos}, in any order; all zero when there are none. */
    static LatencySummary of(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return new LatencySummary(0, 0, 0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new LatencySummary(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static long rank(List<Long> sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    /** "p50 12.3 ms, p90 …, p99 …, max …". */
    String describe() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", p50 / 1e6, p90 / 1e6,
                p99 / 1e6, max / 1e6);
    }
}

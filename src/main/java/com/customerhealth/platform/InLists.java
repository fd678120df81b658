package com.customerhealth.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits ids into lists short enough for one {@code IN (...)} each: every supported database takes this
 * many bind parameters in a statement, and its plans stay the same from one list to the next.
 *
 * <pre>
 * for (List&lt;String&gt; ids : InLists.of(customerIds)) {
 *     query.setParameter("ids", ids).getResultList();
 * }
 * </pre>
 */
public final class InLists {

    /** The most ids in one list. */
    public static final int MAX_SIZE = 500;

    private InLists() {
    }

    /** {@code ids} in order, in lists of at most {@link #MAX_SIZE}. */
    public static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_SIZE) {
            lists.add(all.subList(from, Math.min(all.size(), from + MAX_SIZE)));
        }
        return lists;
    }

    /**
     * {@code ids} lengthened to the next of a few fixed lengths (powers of two up to {@link #MAX_SIZE}) by
     * repeating the last id, for binding to an {@code IN (...)}: the statement's text depends on the number
     * of ids, so with the lengths fixed a database and a pool that keep prepared statements see a handful of
     * texts rather than one per count, and plan each once. A repeated id selects nothing more.
     *
     * @throws IllegalArgumentException for no ids or more than {@link #MAX_SIZE}
     */
    public static <T> List<T> padded(List<T> ids) {
        if (ids.isEmpty() || ids.size() > MAX_SIZE) {
            throw new IllegalArgumentException(ids.size() + " ids; 1 to " + MAX_SIZE + " can be padded");
        }
        int length = Math.min(MAX_SIZE, Integer.highestOneBit(ids.size() - 1) << 1);
        List<T> padded = new ArrayList<>(Math.max(length, ids.size()));
        padded.addAll(ids);
        while (padded.size() < length) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }
}

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
}

package com.customerhealth.directory;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Of companies, the customers that joined or left each: what a company's history is re-derived from, handed
 * from the directory's fold to the scores and on to the history.
 */
public final class MemberMoves {

    private MemberMoves() {
    }

    /** An unmodifiable copy of {@code moves}, its sets copied too. */
    public static Map<String, Set<String>> copyOf(Map<String, ? extends Set<String>> moves) {
        return moves.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                moved -> Set.copyOf(moved.getValue())));
    }
}

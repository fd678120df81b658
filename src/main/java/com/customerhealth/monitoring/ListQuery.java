package com.customerhealth.monitoring;

import com.customerhealth.scoring.Health;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a list of customers or companies is asked for: the bands to keep (none: all), a company, a piece of
 * name, email or id to match ignoring case, the order and the page.
 *
 * @param bands   the bands to keep; empty for every band
 * @param company the company whose customers to keep, or {@code null}
 * @param text    what the name, email or id must contain, ignoring case, or {@code null}
 * @param sort    the order
 * @param page    the page, from 1
 * @param size    rows per page, 1 to {@value #MAX_SIZE}
 */
public record ListQuery(Set<Health> bands, String company, String text, Sort sort, int page, int size) {

    /** The most rows of a page. */
    public static final int MAX_SIZE = 200;
    /** Rows per page when none is asked for. */
    public static final int DEFAULT_SIZE = 50;

    /** The orders a list comes in; ties are broken by id. */
    public enum Sort {
        /** Lowest score first, those with no data last. */
        SCORE("score"),
        /** Highest score first, those with no data last. */
        SCORE_DESCENDING("-score"),
        /** By name, ignoring case. */
        NAME("name"),
        /** Largest drop over 7 days first; those that did not drop follow, then those with no 7-day move. */
        MOVERS("movers"),
        /** Largest rise over 7 days first. */
        RISERS("risers");

        private final String key;

        Sort(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The order named {@code key}, or {@code null} for none. */
        public static Sort fromKey(String key) {
            return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst().orElse(null);
        }

        /** Every key, for an answer that names them. */
        public static List<String> keys() {
            return Arrays.stream(values()).map(Sort::key).toList();
        }
    }

    public ListQuery {
        bands = Set.copyOf(bands);
        text = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
        company = company == null || company.isBlank() ? null : company;
        if (page < 1) {
            throw new IllegalArgumentException("page is counted from 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size is 1 to " + MAX_SIZE);
        }
    }

    /** The first row of the page, counted from 0. */
    public int offset() {
        return (page - 1) * size;
    }
}

package com.customerhealth.platform;

/**
 * Whether a string from outside is text every store the plugin runs on can hold as it is: PostgreSQL
 * refuses a NUL character, a UTF-8 column turns half of a surrogate pair into '?', and lengths are
 * counted in UTF-16 units, as the embedded database counts them (the others count characters, which are
 * never more).
 *
 * <pre>{@code
 * StorableText.problem("T-1", 128);       // null: fine
 * StorableText.problem("T\u0000", 128);   // "holds a NUL character (at 1), which is not text"
 * }</pre>
 */
public final class StorableText {

    private StorableText() {
    }

    /** What keeps {@code value} from being stored in a column of {@code maxLength}; null when nothing does. */
    public static String problem(String value, int maxLength) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "holds a NUL character (at " + i + "), which is not text";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "holds half of a surrogate pair (at " + i + "), which is not text";
            }
        }
        if (value.length() > maxLength) {
            return "is " + value.length() + " characters long; at most " + maxLength;
        }
        return null;
    }
}

package com.customerhealth.security;

import java.util.Locale;

/**
 * Which request paths are spelled canonically. Servers and frameworks disagree on what a path with a
 * segment parameter ({@code api/v1;/settings}), an encoded separator ({@code %2F}, {@code %3B}), an
 * encoded letter, an empty segment or a dot segment means: one layer matches it against its access rules,
 * another routes it to an endpoint. So no such spelling goes any further: every path the plugin answers
 * has exactly one spelling.
 *
 * <pre>{@code
 * RequestPaths.refusal("/chm/api/v1/settings");    // null: canonical
 * RequestPaths.refusal("/chm/api/v1;/settings");   // "the path carries a ';' parameter ..."
 * }</pre>
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * Why {@code rawPath}, a request's path as sent (still percent-encoded, without the query), is not
     * canonical; {@code null} when it is.
     */
    public static String refusal(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return "the path must start with '/'";
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == ';') {
                return "the path carries a ';' parameter, which no address of this server has";
            }
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return "the path holds a character that is never part of an address";
            }
            if (c == '%') {
                String encoded = encodedAt(rawPath, i);
                if (encoded == null) {
                    return "the path holds a '%' that starts no escape";
                }
                char decoded = (char) Integer.parseInt(encoded, 16);
                if (isUnreserved(decoded) || "/\\;%".indexOf(decoded) >= 0 || decoded < 0x20 || decoded == 0x7f) {
                    return "the path escapes '" + (decoded < 0x20 || decoded == 0x7f ? "%" + encoded : decoded)
                            + "', which is written as itself or never";
                }
            }
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "the path holds a '" + segment + "' segment";
            }
        }
        if (rawPath.contains("//")) {
            return "the path holds an empty segment ('//')";
        }
        return null;
    }

    private static String encodedAt(String path, int percent) {
        if (percent + 2 >= path.length()) {
            return null;
        }
        String hex = path.substring(percent + 1, percent + 3);
        return hex.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? hex.toUpperCase(Locale.ROOT) : null;
    }

    /** RFC 3986's unreserved characters, which an escape must not stand for. */
    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0;
    }
}

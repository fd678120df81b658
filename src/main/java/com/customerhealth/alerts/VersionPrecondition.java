package com.customerhealth.alerts;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of a tenant's alert rules a change may be made to: any, or those the change was based on,
 * so that an admin who read version 3 does not overwrite, unseen, a version 4 someone else saved since.
 * Over HTTP the version is the rules' entity tag ({@code "3"}) and the precondition the {@code If-Match}
 * header (RFC 9110, 13.1.1), compared strongly: a weak tag ({@code W/"3"}) admits no version.
 *
 * <pre>{@code
 * VersionPrecondition.ifMatch(null).admits(7);         // true: no header, no condition
 * VersionPrecondition.ifMatch("\"3\"").admits(3);      // true
 * VersionPrecondition.ifMatch("\"3\"").admits(4);      // false: someone saved since
 * VersionPrecondition.ifMatch("*").admits(4);          // true: the rules always exist
 * }</pre>
 *
 * @param everyVersion whether every version is admitted
 * @param versions     the versions admitted when not every one is; empty admits none
 */
public record VersionPrecondition(boolean everyVersion, Set<Integer> versions) {

    /** An entity tag, weak or strong, as RFC 9110 writes it: {@code W/"…"} or {@code "…"}. */
    private static final Pattern TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    public VersionPrecondition {
        versions = Set.copyOf(versions);
    }

    /** No condition: the change is made to whichever version stands. */
    public static VersionPrecondition any() {
        return new VersionPrecondition(true, Set.of());
    }

    /** The change is made only to {@code version}. */
    public static VersionPrecondition exactly(int version) {
        return new VersionPrecondition(false, Set.of(version));
    }

    /**
     * The condition an {@code If-Match} header sets: none without the header or with {@code *}, else the
     * versions of its strong entity tags. A header naming nothing that could be a version admits none, so
     * a condition the caller meant is never dropped.
     */
    public static VersionPrecondition ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return any();
        }
        Set<Integer> versions = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(header);
        while (tag.find()) {
            if (tag.group(1) == null && tag.group(2).matches("\\d{1,9}")) {
                versions.add(Integer.parseInt(tag.group(2)));
            }
        }
        return new VersionPrecondition(false, versions);
    }

    /** Whether a change may be made to the rules at {@code version}. */
    public boolean admits(int version) {
        return everyVersion || versions.contains(version);
    }
}

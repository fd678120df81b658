package com.customerhealth.badge;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A past moment as agents read it beside a score: "just now", "5 minutes ago", "2 hours ago",
 * "3 days ago", "2 months ago", "1 year ago": the same kind of words at every distance, so that a list
 * of them reads in one way. The badge script words it the same way; {@link #absolute} gives the moment
 * itself, for a title.
 */
public final class RelativeTime {

    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RelativeTime() {
    }

    /** {@code then} as seen at {@code now}; a moment ahead of {@code now}, a clock apart, reads "just now". */
    public static String since(Instant then, Instant now) {
        long minutes = Duration.between(then, now).toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return plural(minutes, "minute") + " ago";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return plural(hours, "hour") + " ago";
        }
        long days = hours / 24;
        if (days <= 30) {
            return plural(days, "day") + " ago";
        }
        if (days < 365) {
            return plural(days / 30, "month") + " ago";
        }
        return plural(days / 365, "year") + " ago";
    }

    /** {@code moment} itself: "19 Oct 2026, 14:05 UTC". */
    public static String absolute(Instant moment) {
        return ABSOLUTE.format(moment);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

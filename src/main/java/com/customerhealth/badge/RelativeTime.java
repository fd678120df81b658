package com.customerhealth.badge;

import com.customerhealth.platform.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A past moment as agents read it beside a score: "just now", "5 minutes ago", "2 hours ago",
 * "3 days ago", "2 months ago", "1 year ago" (in German "gerade eben", "vor 5 Minuten"…): the same kind
 * of words at every distance, so that a list of them reads in one way. The badge script words it the
 * same way from the same texts; {@link #absolute} gives the moment itself, for a title.
 */
public final class RelativeTime {

    private RelativeTime() {
    }

    /** {@code then} as seen at {@code now}; a moment ahead of {@code now}, a clock apart, reads "just now". */
    public static String since(Instant then, Instant now, Texts texts) {
        long minutes = Duration.between(then, now).toMinutes();
        if (minutes < 1) {
            return texts.get("time.justNow");
        }
        if (minutes < 60) {
            return texts.count("time.minutesAgo", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return texts.count("time.hoursAgo", hours);
        }
        long days = hours / 24;
        if (days <= 30) {
            return texts.count("time.daysAgo", days);
        }
        if (days < 365) {
            return texts.count("time.monthsAgo", days / 30);
        }
        return texts.count("time.yearsAgo", days / 365);
    }

    /** {@code moment} itself in UTC: "19 Oct 2026, 14:05 UTC", in German "19. Okt. 2026, 14:05 UTC". */
    public static String absolute(Instant moment, Texts texts) {
        return DateTimeFormatter.ofPattern(texts.get("time.absolute"), texts.locale()).withZone(ZoneOffset.UTC)
                .format(moment);
    }
}

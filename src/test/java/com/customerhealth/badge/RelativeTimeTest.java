package com.customerhealth.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "{0} s before now reads \"{1}\"")
    @CsvSource({
            "-30, just now",
            "0, just now",
            "59, just now",
            "60, 1 minute ago",
            "3599, 59 minutes ago",
            "3600, 1 hour ago",
            "7300, 2 hours ago",
            "86399, 23 hours ago",
            "86400, 1 day ago",
            "2592000, 30 days ago",
            "2678400, 1 month ago",
            "5183999, 1 month ago",
            "5184000, 2 months ago",
            "31449600, 12 months ago",
            "31536000, 1 year ago",
            "63072000, 2 years ago"
    })
    void wordsThePastAsAgentsReadIt(long secondsAgo, String words) {
        assertEquals(words, RelativeTime.since(NOW.minus(Duration.ofSeconds(secondsAgo)), NOW));
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({
            "2026-10-19T14:05:59Z, '19 Oct 2026, 14:05 UTC'",
            "2027-01-02T03:04:00+02:00, '2 Jan 2027, 01:04 UTC'"
    })
    void givesTheMomentItselfInUtc(String moment, String words) {
        assertEquals(words, RelativeTime.absolute(OffsetDateTime.parse(moment).toInstant()));
    }
}

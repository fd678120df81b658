package com.customerhealth.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.platform.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
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
        assertEquals(words, RelativeTime.since(NOW.minus(Duration.ofSeconds(secondsAgo)), NOW, Texts.english()));
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({
            "2026-10-19T14:05:59Z, '19 Oct 2026, 14:05 UTC'",
            "2027-01-02T03:04:00+02:00, '2 Jan 2027, 01:04 UTC'"
    })
    void givesTheMomentItselfInUtc(String moment, String words) {
        assertEquals(words, RelativeTime.absolute(OffsetDateTime.parse(moment).toInstant(), Texts.english()));
    }

    @ParameterizedTest(name = "{0} s before now reads \"{1}\" in German")
    @CsvSource({
            "0, gerade eben",
            "60, vor 1 Minute",
            "3599, vor 59 Minuten",
            "3600, vor 1 Stunde",
            "7300, vor 2 Stunden",
            "86400, vor 1 Tag",
            "2592000, vor 30 Tagen",
            "2678400, vor 1 Monat",
            "5184000, vor 2 Monaten",
            "31536000, vor 1 Jahr",
            "63072000, vor 2 Jahren"
    })
    void wordsThePastInGerman(long secondsAgo, String words) {
        assertEquals(words, RelativeTime.since(NOW.minus(Duration.ofSeconds(secondsAgo)), NOW, Texts.in(Locale.GERMAN)));
    }

    @ParameterizedTest(name = "{0} reads \"{1}\" in German")
    @CsvSource({
            "2026-10-19T14:05:59Z, '19. Okt. 2026, 14:05 UTC'",
            "2027-03-02T03:04:00+02:00, '2. März 2027, 01:04 UTC'"
    })
    void givesTheMomentInGerman(String moment, String words) {
        assertEquals(words, RelativeTime.absolute(OffsetDateTime.parse(moment).toInstant(), Texts.in(Locale.GERMAN)));
    }
}

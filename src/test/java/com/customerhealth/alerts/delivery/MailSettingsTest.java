package com.customerhealth.alerts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailSettingsTest {

    @ParameterizedTest(name = "written at {1} with digests every {0} s, it goes at {2}")
    @CsvSource(textBlock = """
            3600, 2026-12-07T10:15:00Z,     2026-12-07T11:00:00Z
            3600, 2026-12-07T10:00:00Z,     2026-12-07T10:00:00Z
            3600, 2026-12-07T10:00:00.001Z, 2026-12-07T11:00:00Z
            3600, 2026-12-07T10:59:59.999Z, 2026-12-07T11:00:00Z
            900,  2026-12-07T10:15:00.001Z, 2026-12-07T10:30:00Z
            86400, 2026-12-07T00:00:01Z,    2026-12-08T00:00:00Z
            2,    2026-12-07T10:15:01Z,     2026-12-07T10:15:02Z
            """)
    void aMessageGoesAtTheEndOfTheIntervalItIsWrittenIn(long seconds, Instant written, Instant due) {
        MailSettings settings = new MailSettings();
        settings.intervalSeconds = seconds;
        assertEquals(due, settings.digestDue(written));
    }
}

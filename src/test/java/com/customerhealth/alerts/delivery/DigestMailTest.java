package com.customerhealth.alerts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.platform.Texts;
import jakarta.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestMailTest {

    /** A message as {@link AlertMessages} writes one, its alert reduced to what a digest reads. */
    private static String message(String type, String time, String key, String subjectType, String subject,
                                  String... arguments) {
        return Json.createObjectBuilder().add("specversion", "1.0").add("id", subject + "/" + type).add("type", type)
                .add("time", time).add("data", Json.createObjectBuilder()
                        .add("summary", "English words of " + subject)
                        .add("subject", Json.createObjectBuilder().add("type", subjectType).add("id", subject))
                        .add("words", Json.createObjectBuilder().add("key", key)
                                .add("arguments", Json.createArrayBuilder(List.of(arguments)))))
                .build().toString();
    }

    private static final String BAND_DROP = message(AlertMessages.RAISED, "2026-12-07T10:15:00.123Z",
            "alert.band_drop.healthy.poor", "customer", "ada & co", "Ada", "80", "30");
    private static final String LOW_CSAT = message(AlertMessages.RAISED, "2026-12-07T10:16:00Z", "alert.low_csat",
            "customer", "ada & co", "Ada", "1", "1", "3");
    private static final String RESOLVED = message(AlertMessages.RESOLVED, "2026-12-07T11:00:00Z",
            "alert.band_drop.healthy.poor", "company", "acme", "Acme", "75", "20");
    private static final String TEST = Json.createObjectBuilder().add("type", AlertMessages.TEST)
            .add("time", "2026-12-07T11:05:00Z").add("data", Json.createObjectBuilder().add("message", "hi")).build().toString();

    @Test
    void aDigestCountsAndListsWhatWasRaisedAndResolvedInEnglish() {
        DigestMail mail = DigestMail.of(List.of(BAND_DROP, LOW_CSAT, RESOLVED), Texts.english(), Optional.empty());

        assertEquals("Customer Health Monitor: 2 alerts raised, 1 alert resolved", mail.subject());
        assertEquals("""
                Since the last digest: 2 alerts raised, 1 alert resolved.

                Raised
                - 2026-12-07 10:15 UTC · Ada dropped from healthy to poor (score 80 → 30)
                - 2026-12-07 10:16 UTC · Ada gave a rating of 1, the lowest on its scale of 1 to 3

                Resolved
                - 2026-12-07 11:00 UTC · Acme dropped from healthy to poor (score 75 → 20)

                --\s
                Customer Health Monitor sends this digest to the addresses subscribed to the alerts of this helpdesk.
                """, mail.body());
    }

    @Test
    void inGermanWithLinksToEachSubjectsPage() {
        DigestMail mail = DigestMail.of(List.of(BAND_DROP, TEST), Texts.in(Locale.GERMAN),
                Optional.of("https://desk.example.com/chm"));

        assertEquals("Customer Health Monitor: 1 neue Warnung, 1 Testnachricht", mail.subject());
        assertTrue(mail.body().contains("- 2026-12-07 10:15 UTC · Ada ist von gesund auf schlecht gefallen (Wert 80 → 30)\n"
                + "  https://desk.example.com/chm/scores/customer.xhtml?id=ada+%26+co\n"), mail.body());
        assertTrue(mail.body().contains("\nTests\n- 2026-12-07 11:05 UTC · Eine Testnachricht"), mail.body());
        assertFalse(mail.body().contains("Erledigt"), "no section without lines");
    }

    @Test
    void anAlertWhoseWordsThisBuildLacksIsToldInItsEnglishSummary() {
        String unknown = message(AlertMessages.RAISED, "2026-12-07T10:15:00Z", "alert.from_a_later_version", "customer",
                "bo", "Bo");
        assertTrue(DigestMail.of(List.of(unknown), Texts.english(), Optional.empty()).body()
                .contains("· English words of bo\n"));
    }
}

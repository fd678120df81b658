package com.customerhealth.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.customerhealth.tickets.EventOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which company a customer belongs to, whatever order its upserts and tickets arrived in. */
class MembershipTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @ParameterizedTest(name = "upsert names {0}, tickets name {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "acme   | beta@1,gamma@2 | acme",
            "       | beta@1,gamma@2 | gamma",
            "       | gamma@2,beta@1 | gamma",
            "       | beta@5,gamma@5 | gamma",
            "       |                |",
            "acme   |                | acme"})
    void theLatestUpsertDecidesElseTheLatestCreatedTicketThatNamesOne(String upserted, String tickets, String company) {
        DirectoryEntry entry = upserted == null ? null : entry("e-1", 1, upserted);
        List<Membership.TicketCompany> named = new ArrayList<>();
        if (tickets != null) {
            for (String ticket : tickets.split(",")) {
                String[] parts = ticket.split("@");
                named.add(new Membership.TicketCompany("T-" + parts[0], T0.plusSeconds(Long.parseLong(parts[1])), parts[0]));
            }
        }

        assertEquals(company, Membership.companyOf(entry, named));
    }

    @Test
    void anUpsertThatNamesNoCompanyLeavesItToTheTickets() {
        DirectoryEntry withoutCompany = new DirectoryEntry(new EventOrder(T0, "e-1", "s"), "Ada", null, null, Map.of());

        assertEquals("beta", Membership.companyOf(withoutCompany,
                List.of(new Membership.TicketCompany("T-1", T0, "beta"))));
        assertNull(Membership.companyOf(withoutCompany, List.of()));
    }

    @Test
    void theLatestEntryByOrderWinsInAnyOrderOfArrival() {
        List<DirectoryEntry> entries = new ArrayList<>(List.of(entry("e-1", 3, "a"), entry("e-2", 3, "b"),
                entry("e-0", 5, "c"), entry("e-9", 1, "d")));
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(entries, random);
            DirectoryEntry folded = null;
            for (DirectoryEntry entry : entries) {
                folded = DirectoryEntry.later(folded, entry);
            }
            assertEquals("c", folded.companyId());
            assertEquals(folded, DirectoryEntry.latest(entries));
        }
    }

    private static DirectoryEntry entry(String id, long second, String company) {
        return new DirectoryEntry(new EventOrder(T0.plusSeconds(second), id, "s"), "Name", null, company, Map.of());
    }
}

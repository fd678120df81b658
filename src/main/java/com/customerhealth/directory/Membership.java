package com.customerhealth.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Which company a customer belongs to, by a rule that does not depend on the order events arrive in: the
 * company its latest {@code customer.upserted} names; when that names none, or there is none, the company
 * of the latest-created of its tickets that name one (ties broken by ticket id); else none.
 *
 * <pre>{@code
 * String company = Membership.companyOf(entry, List.of(new Membership.TicketCompany("T-1", created, "acme")));
 * }</pre>
 */
public final class Membership {

    private Membership() {
    }

    /**
     * A company one of the customer's tickets names.
     *
     * @param ticketId  the ticket
     * @param createdAt when it was opened
     * @param companyId the company its creation or latest move named
     */
    public record TicketCompany(String ticketId, Instant createdAt, String companyId) {

        public TicketCompany {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(companyId, "companyId");
        }
    }

    /** The company of the customer whose latest directory entry is {@code entry} (or null) and whose tickets name {@code tickets}. */
    public static String companyOf(DirectoryEntry entry, Collection<TicketCompany> tickets) {
        if (entry != null && entry.companyId() != null) {
            return entry.companyId();
        }
        return tickets.stream().max(Comparator.comparing(TicketCompany::createdAt).thenComparing(TicketCompany::ticketId))
                .map(TicketCompany::companyId).orElse(null);
    }
}

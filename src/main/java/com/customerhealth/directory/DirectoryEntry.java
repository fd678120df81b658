package com.customerhealth.directory;

import com.customerhealth.tickets.EventOrder;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * What the helpdesk's directory says of one customer or company: the latest {@code customer.upserted} or
 * {@code company.upserted} by {@link EventOrder}, whatever order they arrived in.
 *
 * @param order      where the upsert stands among the subject's upserts
 * @param name       the name, or null when the helpdesk told none
 * @param email      a customer's email, or null
 * @param companyId  a customer's company, or null when the upsert names none
 * @param attributes the segment attributes
 */
public record DirectoryEntry(EventOrder order, String name, String email, String companyId,
                             Map<String, String> attributes) {

    public DirectoryEntry {
        Objects.requireNonNull(order, "order");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The latest of {@code entries} by order, or null when there is none. */
    public static DirectoryEntry latest(Collection<DirectoryEntry> entries) {
        return entries.stream().max(Comparator.comparing(DirectoryEntry::order)).orElse(null);
    }

    /** {@code candidate} when it comes after this entry (or there is none yet), else this entry. */
    public static DirectoryEntry later(DirectoryEntry current, DirectoryEntry candidate) {
        return current == null || candidate.order().isAfter(current.order()) ? candidate : current;
    }
}

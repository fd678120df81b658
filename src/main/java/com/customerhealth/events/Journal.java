package com.customerhealth.events;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every accepted event, kept: what is already there (so a repeated delivery is recognised), appending
 * new events, and reading a ticket's or a directory subject's events back for a fold, or a ticket's latest
 * events for the agent view to show. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class Journal {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The (source, id) keys among {@code events} of {@code tenantId} that the journal already holds. */
    Set<String> alreadyKept(String tenantId, List<HelpdeskEvent> events) {
        Map<String, List<String>> idsBySource = events.stream().collect(Collectors.groupingBy(
                event -> event.header().source(), LinkedHashMap::new,
                Collectors.mapping(event -> event.header().id(), Collectors.toList())));
        Set<String> kept = new HashSet<>();
        idsBySource.forEach((source, ids) -> {
            // Read by source, so the lookup follows the primary key (event_id, source, tenant_id).
            for (List<String> chunk : InLists.of(ids)) {
                PreparedQueries.of(em, "select j.eventId from JournalEntry j where j.tenantId = :tenant"
                                + " and j.source = :source and j.eventId in :ids", String.class)
                        .setParameter("tenant", tenantId).setParameter("source", source).setParameter("ids", chunk)
                        .getResultList()
                        .forEach(id -> kept.add(key(source, id)));
            }
        });
        return kept;
    }

    /** Appends {@code event}, received at {@code receivedAt}. */
    void append(HelpdeskEvent event, Instant receivedAt) {
        em.persist(new JournalEntry(event, receivedAt));
    }

    /** Every kept event about the tickets {@code ticketIds} of {@code tenantId}. */
    public List<HelpdeskEvent> aboutTickets(String tenantId, Collection<String> ticketIds) {
        return InLists.of(ticketIds).stream().flatMap(chunk -> em.createQuery("select j from JournalEntry j"
                        + " where j.tenantId = :tenant and j.ticketId in :ids", JournalEntry.class)
                .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList().stream())
                .map(JournalEntry::event).toList();
    }

    /** Every kept directory event about the customers or companies {@code subjectIds} of {@code tenantId}. */
    public List<HelpdeskEvent> aboutSubjects(String tenantId, Collection<String> subjectIds) {
        return InLists.of(subjectIds).stream().flatMap(chunk -> em.createQuery("select j from JournalEntry j"
                        + " where j.tenantId = :tenant and j.subjectId in :ids", JournalEntry.class)
                .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList().stream())
                .map(JournalEntry::event).toList();
    }

    /**
     * The tickets each of {@code customerIds} of {@code tenantId} ever had: those whose kept
     * {@code ticket.created} or {@code ticket.customer_changed} names it, by customer.
     */
    public Map<String, Set<String>> ticketsEverOf(String tenantId, Collection<String> customerIds) {
        Map<String, Set<String>> tickets = new LinkedHashMap<>();
        for (List<String> chunk : InLists.of(customerIds)) {
            for (Object[] row : PreparedQueries.of(em, "select distinct j.customerId, j.ticketId from JournalEntry j"
                            + " where j.tenantId = :tenant and j.customerId in :ids", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList()) {
                tickets.computeIfAbsent((String) row[0], id -> new TreeSet<>()).add((String) row[1]);
            }
        }
        return tickets;
    }

    /**
     * Up to {@code limit} of the latest kept events about ticket {@code ticketId} of {@code tenantId}, latest
     * first by their time, then id and source, as the fold orders them.
     */
    public List<HelpdeskEvent> latestAboutTicket(String tenantId, String ticketId, int limit) {
        return em.createQuery("select j from JournalEntry j where j.tenantId = :tenant and j.ticketId = :id"
                        + " order by j.occurredAt desc, j.eventId desc, j.source desc", JournalEntry.class)
                .setParameter("tenant", tenantId).setParameter("id", ticketId).setMaxResults(limit).getResultList()
                .stream().map(JournalEntry::event).toList();
    }

    /** How many kept events are about ticket {@code ticketId} of {@code tenantId}. */
    public int countAboutTicket(String tenantId, String ticketId) {
        return em.createQuery("select count(j) from JournalEntry j where j.tenantId = :tenant and j.ticketId = :id",
                        Long.class)
                .setParameter("tenant", tenantId).setParameter("id", ticketId).getSingleResult().intValue();
    }

    /** The kept {@code ticket.merged} events of the tickets {@code ticketIds} of {@code tenantId}. */
    public List<TicketMerged> mergesOf(String tenantId, Collection<String> ticketIds) {
        return InLists.of(ticketIds).stream().flatMap(chunk -> em.createQuery("select j from JournalEntry j"
                        + " where j.tenantId = :tenant and j.ticketId in :ids and j.type = :type", JournalEntry.class)
                .setParameter("tenant", tenantId).setParameter("ids", chunk).setParameter("type", TicketMerged.TYPE)
                .getResultList().stream())
                .map(entry -> (TicketMerged) entry.event()).toList();
    }

    /** Up to {@code limit} ids of tickets the journal of {@code tenantId} holds events about, after {@code after} in id order. */
    List<String> ticketIdsAfter(String tenantId, String after, int limit) {
        return em.createQuery("select distinct j.ticketId from JournalEntry j where j.tenantId = :tenant"
                        + " and j.ticketId is not null and j.ticketId > :after order by j.ticketId", String.class)
                .setParameter("tenant", tenantId).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** How many tickets the journal of {@code tenantId} holds events about. */
    int countTickets(String tenantId) {
        return em.createQuery("select count(distinct j.ticketId) from JournalEntry j where j.tenantId = :tenant"
                        + " and j.ticketId is not null", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().intValue();
    }

    /** The key {@link #alreadyKept} answers for an event of {@code source} with {@code id}. */
    static String key(String source, String id) {
        return source + '\n' + id;
    }
}

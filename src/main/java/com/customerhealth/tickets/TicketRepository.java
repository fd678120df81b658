package com.customerhealth.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored ticket rows of each tenant: every read and write of them goes through here. Changes to a
 * row read here are kept with the caller's transaction.
 *
 * <pre>{@code
 * Map<String, Ticket> rows = tickets.lockedOrCreated("acme", List.of("T-1", "T-2"));
 * }</pre>
 */
public interface TicketRepository {

    /**
     * The rows of {@code ids} that exist, by id, locked until the caller's transaction ends. Locks are
     * taken in id order, so two transactions locking overlapping tickets wait for each other rather than
     * deadlock.
     */
    Map<String, Ticket> lockedByIds(String tenantId, Collection<String> ids);

    /**
     * The rows of {@code ids}, locked as {@link #lockedByIds} locks them, with a new row for each ticket that
     * had none, created so that two transactions meeting a new ticket at the same moment wait for each other
     * on its row rather than both insert it.
     */
    Map<String, Ticket> lockedOrCreated(String tenantId, Collection<String> ids);

    /** The ids of the tickets whose rows say they were merged into one of {@code ids}. */
    List<String> mergedInto(String tenantId, Collection<String> ids);

    /**
     * Of each of {@code customerIds}, its opened tickets naming a company that were created last (more than
     * one when they share the time), as the transaction's own changes leave them.
     */
    List<Ticket> latestNamingCompany(String tenantId, Collection<String> customerIds);

    /**
     * The counted tickets of {@code customerIds} that can move a measurement of a window starting at
     * {@code windowStart}: those not settled yet, and those created, handled or rated within it. A
     * long-standing customer's older, settled tickets are never read again.
     */
    List<Ticket> inReach(String tenantId, Collection<String> customerIds, Instant windowStart);

    /** Hands {@code each} every counted ticket of {@code tenantId} with a customer in reach of the window, one by one. */
    void forEachInReach(String tenantId, Instant windowStart, Consumer<Ticket> each);

    /**
     * Of the tickets {@code ids}, those that can move a window starting at {@code windowStart} or later, at
     * any instant since: changed at or after it, handled after it through a ticket merged into them, or still
     * open.
     */
    List<String> activeSince(String tenantId, Collection<String> ids, Instant windowStart);

    /** Ticket {@code id} when it is counted and has a customer: one an agent view shows. */
    Optional<Ticket> shown(String tenantId, String id);

    /**
     * Up to {@code limit} of customer {@code customerId}'s counted tickets, latest activity first: those its
     * score reads, as a customer's page lists them.
     */
    List<Ticket> latestOf(String tenantId, String customerId, int limit);

    /**
     * By customer, how many of {@code customerIds}' counted tickets (neither merged nor deleted) were created
     * from {@code from} (included) to {@code to} (excluded); a customer with none is left out.
     */
    Map<String, Integer> createdBetween(String tenantId, Collection<String> customerIds, Instant from, Instant to);

    /** Up to {@code limit} ids of tickets merged into another, after {@code after} in id order. */
    List<String> mergedAfter(String tenantId, String after, int limit);

    /** How many tickets of {@code tenantId} were merged into another. */
    int countMerged(String tenantId);
}

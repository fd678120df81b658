package com.customerhealth.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored customer rows of each tenant: every read and write of them goes through here. Changes to a
 * row read here are kept with the caller's transaction.
 *
 * <pre>{@code
 * Map<String, Customer> rows = customers.lockedByIds("acme", List.of("alice", "bob"));
 * }</pre>
 */
public interface CustomerRepository {

    /** The rows of {@code ids} that exist, by id, locked in id order until the caller's transaction ends. */
    Map<String, Customer> lockedByIds(String tenantId, Collection<String> ids);

    /**
     * The rows of {@code ids}, locked as {@link #lockedByIds} locks them, with a new row for each customer
     * that had none, created as {@code TicketRepository.lockedOrCreated} creates tickets.
     */
    Map<String, Customer> lockedOrCreated(String tenantId, Collection<String> ids);

    Optional<Customer> find(String tenantId, String id);

    /** Up to {@code limit} customers of company {@code companyId}, by name. */
    List<Customer> membersOf(String tenantId, String companyId, int limit);

    /** The company of each of {@code ids} that belongs to one. */
    Map<String, String> companiesOf(String tenantId, Collection<String> ids);

    /** Up to {@code limit} customer ids after {@code after} in id order. */
    List<String> idsAfter(String tenantId, String after, int limit);

    int count(String tenantId);
}

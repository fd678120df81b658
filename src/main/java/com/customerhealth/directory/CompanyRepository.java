package com.customerhealth.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored company rows of each tenant: every read and write of them goes through here. Changes to a
 * row read here are kept with the caller's transaction.
 *
 * <pre>{@code
 * Company acme = companies.find("acme-helpdesk", "acme").orElseThrow();
 * }</pre>
 */
public interface CompanyRepository {

    /** The rows of {@code ids} that exist, by id, locked in id order until the caller's transaction ends. */
    Map<String, Company> lockedByIds(String tenantId, Collection<String> ids);

    /**
     * The rows of {@code ids}, locked as {@link #lockedByIds} locks them, with a new row for each company
     * that had none, created as {@code TicketRepository.lockedOrCreated} creates tickets.
     */
    Map<String, Company> lockedOrCreated(String tenantId, Collection<String> ids);

    /** Makes sure each of {@code ids} has a row, created as {@link #lockedOrCreated} creates them, locking none. */
    void createMissing(String tenantId, Collection<String> ids);

    Optional<Company> find(String tenantId, String id);

    /** Up to {@code limit} company ids after {@code after} in id order. */
    List<String> idsAfter(String tenantId, String after, int limit);

    int count(String tenantId);
}

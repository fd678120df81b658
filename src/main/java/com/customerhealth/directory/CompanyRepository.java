package com.customerhealth.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** A new row for company {@code id}, stored with the caller's transaction. */
    Company add(String tenantId, String id);

    Optional<Company> find(String tenantId, String id);

    /** Those of {@code ids} that have a row, read without a lock. */
    Set<String> existing(String tenantId, Collection<String> ids);

    /** Up to {@code limit} company ids after {@code after} in id order. */
    List<String> idsAfter(String tenantId, String after, int limit);

    int count(String tenantId);
}

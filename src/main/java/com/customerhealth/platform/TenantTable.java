package com.customerhealth.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The reads every table keyed by (tenant, id) answers alike, for the repositories of its entity, in the
 * caller's EntityManager.
 *
 * <pre>{@code
 * private static final TenantTable<Customer> TABLE = new TenantTable<>(Customer.class, Customer::id);
 * Map<String, Customer> rows = TABLE.lockedByIds(em, "acme", ids);
 * }</pre>
 *
 * @param <T> the entity, whose fields {@code tenantId} and {@code id} are its key
 */
public final class TenantTable<T> {

    private final Class<T> type;
    private final Function<T, String> id;

    public TenantTable(Class<T> type, Function<T, String> id) {
        this.type = type;
        this.id = id;
    }

    /** The rows of {@code ids}, locked in id order, chunk by chunk, so that lockers never deadlock. */
    public Map<String, T> lockedByIds(EntityManager em, String tenantId, Collection<String> ids) {
        Map<String, T> found = new HashMap<>();
        for (List<String> chunk : InLists.of(new TreeSet<>(ids))) {
            em.createQuery("select e from " + entity() + " e where e.tenantId = :tenant and e.id in :ids"
                            + " order by e.id", type)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(row -> found.put(id.apply(row), row));
        }
        return found;
    }

    public Optional<T> find(EntityManager em, String tenantId, String rowId) {
        return em.createQuery("select e from " + entity() + " e where e.tenantId = :tenant and e.id = :id", type)
                .setParameter("tenant", tenantId).setParameter("id", rowId).getResultList().stream().findFirst();
    }

    /** Those of {@code ids} that have a row, read without a lock. */
    public Set<String> existing(EntityManager em, String tenantId, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : InLists.of(new TreeSet<>(ids))) {
            found.addAll(em.createQuery("select e.id from " + entity() + " e where e.tenantId = :tenant"
                            + " and e.id in :ids", String.class)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk)).getResultList());
        }
        return found;
    }

    public List<String> idsAfter(EntityManager em, String tenantId, String after, int limit) {
        return em.createQuery("select e.id from " + entity() + " e where e.tenantId = :tenant and e.id > :after"
                        + " order by e.id", String.class)
                .setParameter("tenant", tenantId).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public int count(EntityManager em, String tenantId) {
        return em.createQuery("select count(e) from " + entity() + " e where e.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().intValue();
    }

    private String entity() {
        return type.getSimpleName();
    }
}

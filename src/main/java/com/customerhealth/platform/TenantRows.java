package com.customerhealth.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
 * What every repository of a table keyed by (tenant, id) answers alike, in the caller's transaction. A
 * repository extends it and adds its own reads:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Transactional
 * public class JpaCompanyRepository extends TenantRows<Company> implements CompanyRepository {
 *     public JpaCompanyRepository() {
 *         super(Company.class, Company::id);
 *     }
 * }
 * }</pre>
 *
 * @param <T> the entity, whose fields {@code tenantId} and {@code id} are its key
 */
public abstract class TenantRows<T> {

    @PersistenceContext(unitName = "chm")
    protected EntityManager em;

    private final Class<T> type;
    private final Function<T, String> id;

    protected TenantRows(Class<T> type, Function<T, String> id) {
        this.type = type;
        this.id = id;
    }

    /**
     * The rows of {@code ids} that exist, by id, locked until the caller's transaction ends. Locks are
     * taken in id order, chunk by chunk, so two transactions locking overlapping rows wait for each other
     * rather than deadlock.
     */
    public Map<String, T> lockedByIds(String tenantId, Collection<String> ids) {
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

    public Optional<T> find(String tenantId, String rowId) {
        return em.createQuery("select e from " + entity() + " e where e.tenantId = :tenant and e.id = :id", type)
                .setParameter("tenant", tenantId).setParameter("id", rowId).getResultList().stream().findFirst();
    }

    /** Those of {@code ids} that have a row, read without a lock. */
    public Set<String> existing(String tenantId, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : InLists.of(new TreeSet<>(ids))) {
            found.addAll(em.createQuery("select e.id from " + entity() + " e where e.tenantId = :tenant"
                            + " and e.id in :ids", String.class)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk)).getResultList());
        }
        return found;
    }

    /** Up to {@code limit} ids after {@code after} in id order. */
    public List<String> idsAfter(String tenantId, String after, int limit) {
        return em.createQuery("select e.id from " + entity() + " e where e.tenantId = :tenant and e.id > :after"
                        + " order by e.id", String.class)
                .setParameter("tenant", tenantId).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public int count(String tenantId) {
        return em.createQuery("select count(e) from " + entity() + " e where e.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().intValue();
    }

    /** A new row, stored with the caller's transaction. */
    protected T added(T row) {
        em.persist(row);
        return row;
    }

    private String entity() {
        return type.getSimpleName();
    }
}

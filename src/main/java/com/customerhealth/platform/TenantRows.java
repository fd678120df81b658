package com.customerhealth.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * What every repository of a table keyed by (tenant, id) answers alike, in the caller's transaction. A
 * repository extends it and adds its own reads:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Transactional
 * public class JpaCompanyRepository extends TenantRows<Company> implements CompanyRepository {
 *     public JpaCompanyRepository() {
 *         super(Company.class, Company::id, (tenant, id) -> new Company(tenant, id, Instant.EPOCH));
 *     }
 * }
 * }</pre>
 *
 * @param <T> the entity, whose fields {@code tenantId} and {@code id} are its key
 */
public abstract class TenantRows<T> {

    @PersistenceContext(unitName = "chm")
    protected EntityManager em;

    /** Rows per statement that inserts missing ones: a few thousand bind parameters at most. */
    private static final int INSERT_CHUNK = 50;

    private final Class<T> type;
    private final Function<T, String> id;
    private final BiFunction<String, String, T> create;

    /**
     * @param type   the entity
     * @param id     its id
     * @param create a new row of a tenant with an id, holding nothing yet
     */
    protected TenantRows(Class<T> type, Function<T, String> id, BiFunction<String, String, T> create) {
        this.type = type;
        this.id = id;
        this.create = create;
    }

    /**
     * The rows of {@code ids} that exist, by id, locked until the caller's transaction ends. Locks are
     * taken in id order, chunk by chunk, so two transactions locking overlapping rows wait for each other
     * rather than deadlock.
     */
    public Map<String, T> lockedByIds(String tenantId, Collection<String> ids) {
        Map<String, T> found = new HashMap<>();
        for (List<String> chunk : InLists.of(new TreeSet<>(ids))) {
            PreparedQueries.locking(em, "select e from " + entity() + " e where e.tenantId = :tenant and e.id in :ids"
                            + " order by e.id", type)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk)).getResultList()
                    .forEach(row -> found.put(id.apply(row), row));
        }
        return found;
    }

    public Optional<T> find(String tenantId, String rowId) {
        return em.createQuery("select e from " + entity() + " e where e.tenantId = :tenant and e.id = :id", type)
                .setParameter("tenant", tenantId).setParameter("id", rowId).getResultList().stream().findFirst();
    }

    /**
     * The rows of {@code ids}, locked as {@link #lockedByIds} locks them, with a new row for each that had
     * none. On PostgreSQL and MariaDB the new rows are inserted at once by a statement that skips a row
     * another transaction is inserting or has inserted ({@code ON CONFLICT DO NOTHING}, {@code INSERT
     * IGNORE}) and then locked: two transactions meeting a new id at the same moment wait for each other on
     * it, as on any row, rather than both insert it and one fail at its end and start again whole.
     * Elsewhere (the embedded database) they are stored with the transaction, and such a meeting fails one.
     */
    public Map<String, T> lockedOrCreated(String tenantId, Collection<String> ids) {
        Map<String, T> found = lockedByIds(tenantId, ids);
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(found.keySet());
        if (missing.isEmpty()) {
            return found;
        }
        if (insertMissing(tenantId, missing)) {
            found.putAll(lockedByIds(tenantId, missing));
        } else {
            missing.forEach(rowId -> found.put(rowId, add(tenantId, rowId)));
        }
        return found;
    }

    /** Makes sure each of {@code ids} has a row, created as {@link #lockedOrCreated} creates them, locking none. */
    public void createMissing(String tenantId, Collection<String> ids) {
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(existing(tenantId, missing));
        if (!missing.isEmpty() && !insertMissing(tenantId, missing)) {
            missing.forEach(rowId -> add(tenantId, rowId));
        }
    }

    /**
     * Inserts a new row for each of {@code ids}, in id order, skipping those another transaction holds,
     * where the database has such a statement; answers whether it did.
     */
    private boolean insertMissing(String tenantId, Set<String> ids) {
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        DatabasePlatform platform = session.getPlatform();
        boolean postgresql = platform instanceof PostgreSQLPlatform;
        if (!postgresql && !(platform instanceof MySQLPlatform)) {
            return false;
        }
        ClassDescriptor descriptor = session.getClassDescriptor(type);
        for (List<String> chunk : chunks(List.copyOf(ids))) {
            List<AbstractRecord> rows = chunk.stream().map(rowId -> descriptor.getObjectBuilder()
                    .buildRow(create.apply(tenantId, rowId), session, DatabaseMapping.WriteType.INSERT)).toList();
            // A new row's empty columns are left to their default: a typeless null would be bound as text.
            List<DatabaseField> fields = rows.get(0).getFields().stream().filter(field -> rows.get(0).get(field) != null)
                    .toList();
            String values = "(" + fields.stream().map(field -> "?").collect(Collectors.joining(", ")) + ")";
            String sql = (postgresql ? "INSERT INTO " : "INSERT IGNORE INTO ") + descriptor.getTableName() + " ("
                    + fields.stream().map(DatabaseField::getName).collect(Collectors.joining(", ")) + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows.size(), values))
                    + (postgresql ? " ON CONFLICT DO NOTHING" : "");
            Query insert = em.createNativeQuery(sql);
            int position = 1;
            for (AbstractRecord row : rows) {
                for (DatabaseField field : fields) {
                    insert.setParameter(position++, row.get(field));
                }
            }
            insert.executeUpdate();
        }
        return true;
    }

    private static <E> List<List<E>> chunks(List<E> all) {
        List<List<E>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + INSERT_CHUNK)));
        }
        return chunks;
    }

    /** Those of {@code ids} that have a row, read without a lock. */
    public Set<String> existing(String tenantId, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : InLists.of(new TreeSet<>(ids))) {
            found.addAll(PreparedQueries.of(em, "select e.id from " + entity() + " e where e.tenantId = :tenant"
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
    public T add(String tenantId, String rowId) {
        T row = create.apply(tenantId, rowId);
        em.persist(row);
        return row;
    }

    private String entity() {
        return type.getSimpleName();
    }
}

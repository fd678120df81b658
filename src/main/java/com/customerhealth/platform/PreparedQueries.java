package com.customerhealth.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JPQL queries the persistence provider turns into SQL once. A query made from its text is translated again
 * on every run; one of these is kept as a named query the first time it is asked for and run from there,
 * its SQL built once. For the statements that run for every event:
 *
 * <pre>{@code
 * PreparedQueries.of(em, "select j.eventId from JournalEntry j where j.tenantId = :tenant", String.class)
 *         .setParameter("tenant", tenantId).getResultList();
 * }</pre>
 *
 * A query to be run with a row limit, a flush mode or a lock set on it afterwards gains nothing (the
 * provider copies and prepares it again); a locking one is asked for with {@link #locking}.
 */
public final class PreparedQueries {

    /** The names kept so far, in this deployment's one persistence unit. */
    private static final Set<String> KEPT = ConcurrentHashMap.newKeySet();

    private PreparedQueries() {
    }

    /** The query {@code jpql} with results of {@code type}, prepared once. */
    public static <T> TypedQuery<T> of(EntityManager em, String jpql, Class<T> type) {
        return named(em, jpql, type, null);
    }

    /** The query {@code jpql}, prepared once, that locks the rows it reads until the transaction ends. */
    public static <T> TypedQuery<T> locking(EntityManager em, String jpql, Class<T> type) {
        return named(em, jpql, type, LockModeType.PESSIMISTIC_WRITE);
    }

    private static <T> TypedQuery<T> named(EntityManager em, String jpql, Class<T> type, LockModeType lock) {
        String name = "chm:" + type.getName() + ":" + lock + ":" + jpql;
        if (!KEPT.contains(name)) {
            // Asking for a name that is not there would mark the caller's transaction for rollback: it is kept first.
            TypedQuery<T> query = em.createQuery(jpql, type);
            if (lock != null) {
                query.setLockMode(lock);
            }
            em.getEntityManagerFactory().addNamedQuery(name, query);
            KEPT.add(name);
        }
        return em.createNamedQuery(name, type);
    }
}

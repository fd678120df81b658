package com.customerhealth.alerts;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The stored alerts and what the alerts remember of each subject's score. */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** One page of alerts, newest first, with the number of alerts of all pages. */
    public record Page(long total, int page, int size, List<StoredAlert> items) {
    }

    /** Stores {@code raised} as a new open alert of {@code tenantId}, under a new id. */
    StoredAlert add(String tenantId, RaisedAlert raised) {
        StoredAlert alert = new StoredAlert(tenantId, UUID.randomUUID().toString(), raised);
        em.persist(alert);
        return alert;
    }

    /**
     * By subject id, the alerts of {@code ids} (of {@code type}) raised at {@code since} or later, or still
     * open or acknowledged however old: those a decision about each must see. Locked, so that two
     * transactions about the same subject decide one after the other.
     */
    Map<String, List<StoredAlert>> ofSubjects(String tenantId, SubjectType type, Collection<String> ids,
                                              Instant since) {
        Map<String, List<StoredAlert>> alerts = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            PreparedQueries.locking(em, "select a from StoredAlert a where a.tenantId = :tenant"
                            + " and a.subjectType = :type and a.subjectId in :ids"
                            + " and (a.raisedAt >= :since or a.state <> :resolved) order by a.raisedAt, a.id",
                            StoredAlert.class)
                    .setParameter("tenant", tenantId).setParameter("type", type.key())
                    .setParameter("ids", InLists.padded(chunk)).setParameter("since", since)
                    .setParameter("resolved", AlertState.RESOLVED.key()).getResultList()
                    .forEach(alert -> alerts.computeIfAbsent(alert.subject().id(), id -> new ArrayList<>())
                            .add(alert));
        }
        return alerts;
    }

    /** By subject id, what is remembered of {@code ids} (of {@code type}), a new record for those without one. */
    Map<String, AlertWatch> watches(String tenantId, SubjectType type, Collection<String> ids) {
        Map<String, AlertWatch> watches = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            PreparedQueries.locking(em, "select w from AlertWatch w where w.tenantId = :tenant"
                            + " and w.subjectType = :type and w.subjectId in :ids", AlertWatch.class)
                    .setParameter("tenant", tenantId).setParameter("type", type.key())
                    .setParameter("ids", InLists.padded(chunk)).getResultList()
                    .forEach(watch -> watches.put(watch.subjectId(), watch));
        }
        for (String id : ids) {
            watches.computeIfAbsent(id, missing -> {
                AlertWatch watch = new AlertWatch(tenantId, type, missing);
                em.persist(watch);
                return watch;
            });
        }
        return watches;
    }

    /** The alert {@code id} of {@code tenantId}, locked for a change of its state. */
    Optional<StoredAlert> locked(String tenantId, String id) {
        return PreparedQueries.locking(em, "select a from StoredAlert a where a.tenantId = :tenant and a.id = :id",
                        StoredAlert.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst();
    }

    /** The alert {@code id} of {@code tenantId}. */
    public Optional<StoredAlert> find(String tenantId, String id) {
        return PreparedQueries.of(em, "select a from StoredAlert a where a.tenantId = :tenant and a.id = :id",
                        StoredAlert.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst();
    }

    /**
     * A page of {@code tenantId}'s alerts in {@code states} of {@code kinds} (empty: all), newest first,
     * ties by id.
     */
    public Page page(String tenantId, Set<AlertState> states, Set<AlertKind> kinds, int page, int size) {
        return page(tenantId, states, kinds, null, null, page, size);
    }

    /**
     * As {@link #page(String, Set, Set, int, int)}, of one subject: the {@code subjectType} whose id is
     * {@code subjectId} (both null: every subject).
     */
    public Page page(String tenantId, Set<AlertState> states, Set<AlertKind> kinds, SubjectType subjectType,
                     String subjectId, int page, int size) {
        StringBuilder where = new StringBuilder(" from StoredAlert a where a.tenantId = :tenant");
        boolean ofSubject = subjectType != null;
        if (ofSubject) {
            where.append(" and a.subjectType = :type and a.subjectId = :subject");
        }
        if (!states.isEmpty()) {
            where.append(" and a.state in :states");
        }
        if (!kinds.isEmpty()) {
            where.append(" and a.kind in :kinds");
        }
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        TypedQuery<StoredAlert> items = em.createQuery("select a" + where + " order by a.raisedAt desc, a.id",
                StoredAlert.class);
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(count, items)) {
            query.setParameter("tenant", tenantId);
            if (ofSubject) {
                query.setParameter("type", subjectType.key()).setParameter("subject", subjectId);
            }
            if (!states.isEmpty()) {
                query.setParameter("states", states.stream().map(AlertState::key).toList());
            }
            if (!kinds.isEmpty()) {
                query.setParameter("kinds", kinds.stream().map(AlertKind::key).toList());
            }
        }
        return new Page(count.getSingleResult(), page, size,
                items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList());
    }

    /** How many of {@code tenantId}'s alerts are open: raised, and seen by nobody yet. */
    public long openCount(String tenantId) {
        return PreparedQueries.of(em, "select count(a) from StoredAlert a where a.tenantId = :tenant"
                        + " and a.state = :open", Long.class)
                .setParameter("tenant", tenantId).setParameter("open", AlertState.OPEN.key()).getSingleResult();
    }
}

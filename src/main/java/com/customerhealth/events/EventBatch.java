package com.customerhealth.events;

import com.customerhealth.health.HealthRecalculation;
import com.customerhealth.platform.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies events of one tenant in one transaction of their own: drops those seen before, updates the
 * stored state, and recomputes the scores they touched, once each, before committing.
 */
@ApplicationScoped
public class EventBatch {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    StateChanges changes;

    @Inject
    HealthRecalculation recalculation;

    @Inject
    Clock clock;

    /** Applies {@code events}, all of {@code tenantId}, and answers one verdict per event, in order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Verdict> apply(String tenantId, List<HelpdeskEvent> events) {
        Set<String> seen = seenBefore(tenantId, events);
        Instant now = clock.instant();
        StateChanges.Affected affected = new StateChanges.Affected();
        StateChanges.Batch state = changes.batchOf(tenantId, events);
        List<Verdict> verdicts = new ArrayList<>(events.size());
        for (HelpdeskEvent event : events) {
            if (!seen.add(key(event.header().source(), event.header().id()))) {
                verdicts.add(Verdict.duplicate(event.header().id()));
                continue;
            }
            em.persist(new ProcessedEvent(event, now));
            state.apply(event, affected);
            verdicts.add(Verdict.accepted(event.header().id()));
        }
        em.flush();
        if (!affected.isEmpty()) {
            recalculation.recalculate(tenantId, affected.customers, affected.companies);
        }
        return verdicts;
    }

    /** Events already taken, read by source so the lookup follows the primary key (tenant, source, id). */
    private Set<String> seenBefore(String tenantId, List<HelpdeskEvent> events) {
        Map<String, List<String>> idsBySource = events.stream().collect(Collectors.groupingBy(
                event -> event.header().source(), LinkedHashMap::new,
                Collectors.mapping(event -> event.header().id(), Collectors.toList())));
        Set<String> seen = new HashSet<>();
        idsBySource.forEach((source, ids) -> {
            for (List<String> chunk : InLists.of(ids)) {
                em.createQuery("select p from ProcessedEvent p where p.tenantId = :tenant and p.source = :source"
                                + " and p.eventId in :ids", ProcessedEvent.class)
                        .setParameter("tenant", tenantId).setParameter("source", source)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(processed -> seen.add(key(processed.source(), processed.eventId())));
            }
        });
        return seen;
    }

    private static String key(String source, String id) {
        return source + '\n' + id;
    }
}

package com.customerhealth.events;

import com.customerhealth.directory.StateChanged;
import com.customerhealth.scoring.ChangeCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a rebuild, each in a transaction of its own that also moves the run's progress on: a
 * step that committed is never done again, one that did not is done again after a restart.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RebuildSteps {

    /** Ids per step: a transaction of this many tickets, customers or companies. */
    static final int CHUNK = 200;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    StateChanges changes;

    @Inject
    Event<StateChanged> stateChanged;

    @Inject
    Clock clock;

    /** Asks for {@code tenantId}'s state to be rebuilt, from the start; answers the run as it now stands. */
    public RebuildProgress request(String tenantId, String by) {
        RebuildRun run = em.find(RebuildRun.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new RebuildRun(tenantId);
            em.persist(run);
        }
        run.request(by, clock.instant());
        return run.progress();
    }

    public Optional<RebuildProgress> progress(String tenantId) {
        return Optional.ofNullable(em.find(RebuildRun.class, tenantId)).map(RebuildRun::progress);
    }

    /** The tenants whose rebuild was asked for and has not finished. */
    public List<String> unfinished() {
        return em.createQuery("select r.tenantId from RebuildRun r where r.finishedAt is null", String.class)
                .getResultList();
    }

    /**
     * Does the next step of {@code tenantId}'s rebuild, answering whether there is more to do; a run asked
     * for again meanwhile is taken from where it now stands.
     */
    public boolean step(String tenantId) {
        RebuildRun run = em.find(RebuildRun.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.isFinished()) {
            return false;
        }
        if (!run.isStarted()) {
            run.begin(count("select count(distinct j.ticketId) from JournalEntry j where j.tenantId = :tenant"
                    + " and j.ticketId is not null", tenantId)
                    + count("select count(t) from Ticket t where t.tenantId = :tenant and t.merged = true", tenantId)
                    + 2 * count("select count(c) from Customer c where c.tenantId = :tenant", tenantId)
                    + count("select count(c) from Company c where c.tenantId = :tenant", tenantId), clock.instant());
        }
        List<String> ids = next(run);
        if (ids.isEmpty()) {
            run.nextPhase(clock.instant());
            return !run.isFinished();
        }
        StateChanged changed = switch (run.phase()) {
            case "tickets" -> changes.refoldTickets(tenantId, ids);
            case "families" -> changes.settleFamilies(tenantId, ids);
            case "customers" -> changes.refoldDirectory(tenantId, ids, List.of());
            case "companies" -> changes.refoldDirectory(tenantId, List.of(), ids);
            default -> everyone(tenantId, ids);
        };
        // The scores follow in the last phase, every one of them, whether its inputs changed or not.
        if ("scores".equals(run.phase())) {
            stateChanged.fire(changed);
        }
        run.advance(ids.get(ids.size() - 1), ids.size());
        return true;
    }

    /** The next ids of the run's phase after its cursor, in id order. */
    private List<String> next(RebuildRun run) {
        String query = switch (run.phase()) {
            case "tickets" -> "select distinct j.ticketId from JournalEntry j where j.tenantId = :tenant"
                    + " and j.ticketId is not null and j.ticketId > :after order by j.ticketId";
            case "families" -> "select t.id from Ticket t where t.tenantId = :tenant and t.merged = true"
                    + " and t.id > :after order by t.id";
            case "customers", "scores" -> "select c.id from Customer c where c.tenantId = :tenant and c.id > :after"
                    + " order by c.id";
            default -> "select c.id from Company c where c.tenantId = :tenant and c.id > :after order by c.id";
        };
        return em.createQuery(query, String.class).setParameter("tenant", run.tenantId())
                .setParameter("after", run.cursor() == null ? "" : run.cursor()).setMaxResults(CHUNK).getResultList();
    }

    private static StateChanged everyone(String tenantId, List<String> customers) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        customers.forEach(id -> causes.put(id, StateChanges.REBUILT));
        return new StateChanged(tenantId, causes, Map.of());
    }

    private int count(String query, String tenantId) {
        return em.createQuery(query, Long.class).setParameter("tenant", tenantId).getSingleResult().intValue();
    }
}

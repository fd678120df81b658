package com.customerhealth.events;

import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.directory.StateChanged;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketRepository;
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
    Journal journal;

    @Inject
    TicketRepository tickets;

    @Inject
    CustomerRepository customers;

    @Inject
    CompanyRepository companies;

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
            run.begin(journal.countTickets(tenantId) + tickets.countMerged(tenantId) + 2 * customers.count(tenantId)
                    + companies.count(tenantId), clock.instant());
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
        String tenantId = run.tenantId();
        String after = run.cursor() == null ? "" : run.cursor();
        return switch (run.phase()) {
            case "tickets" -> journal.ticketIdsAfter(tenantId, after, CHUNK);
            case "families" -> tickets.mergedAfter(tenantId, after, CHUNK);
            case "customers", "scores" -> customers.idsAfter(tenantId, after, CHUNK);
            default -> companies.idsAfter(tenantId, after, CHUNK);
        };
    }

    private static StateChanged everyone(String tenantId, List<String> customers) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        customers.forEach(id -> causes.put(id, StateChanges.REBUILT));
        return new StateChanged(tenantId, causes, Map.of(), true, null, Map.of());
    }
}

package com.customerhealth.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where both ways in end: takes decoded events, applies them per tenant in one transaction, and answers a
 * verdict per event.
 *
 * <p>A batch that fails to commit (a conflict with a concurrent delivery, a deadlock) is tried again;
 * one that still fails is applied event by event, so one bad event does not lose the others. When the
 * store itself is unreachable the whole request fails with {@link StoreUnavailableException}; what
 * committed before stays, and sending everything again applies the rest exactly once.
 */
@ApplicationScoped
public class EventProcessing {

    private static final Logger LOG = Logger.getLogger(EventProcessing.class.getName());

    private static final int ATTEMPTS = 4;

    @Inject
    EventBatch batch;

    /** Applies {@code events} and answers a verdict per event, in their order. */
    public List<Verdict> process(List<HelpdeskEvent> events) {
        Map<String, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byTenant.computeIfAbsent(events.get(i).header().tenantId(), tenant -> new ArrayList<>()).add(i);
        }
        Verdict[] verdicts = new Verdict[events.size()];
        byTenant.forEach((tenant, positions) -> {
            List<HelpdeskEvent> group = positions.stream().map(events::get).toList();
            List<Verdict> answered = applyWithRetries(tenant, group);
            for (int i = 0; i < positions.size(); i++) {
                verdicts[positions.get(i)] = answered.get(i);
            }
        });
        return List.of(verdicts);
    }

    private List<Verdict> applyWithRetries(String tenant, List<HelpdeskEvent> events) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return batch.apply(tenant, events);
            } catch (RuntimeException e) {
                if (isStoreUnreachable(e)) {
                    throw new StoreUnavailableException(e);
                }
                last = e;
                pause(attempt);
            }
        }
        if (events.size() == 1) {
            LOG.log(Level.WARNING, "Event " + events.get(0).header().id() + " could not be stored", last);
            return List.of(Verdict.rejected(events.get(0).header().id(), "could not be stored: " + rootMessage(last)));
        }
        List<Verdict> verdicts = new ArrayList<>(events.size());
        for (HelpdeskEvent event : events) {
            verdicts.addAll(applyWithRetries(tenant, List.of(event)));
        }
        return verdicts;
    }

    /**
     * Connection failures (SQL state class 08, PostgreSQL's operator intervention 57P, or the server's pool
     * unable to allocate a connection) say the database is away, not that this batch conflicts with another.
     */
    static boolean isStoreUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || cause.getMessage() != null && cause.getMessage().contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a batch", e);
        }
    }
}

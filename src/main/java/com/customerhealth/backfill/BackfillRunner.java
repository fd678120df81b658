package com.customerhealth.backfill;

import com.customerhealth.events.EventIntake;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.StoreUnavailableException;
import com.customerhealth.platform.OutboundPolicy;
import com.customerhealth.platform.OutboundTargets;
import com.customerhealth.platform.Texts;
import com.customerhealth.platform.GracefulStop;
import com.customerhealth.schema.StoreMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the backfills: as soon as an admin starts or resumes one, and every {@code chm.backfill.poll-ms}
 * for those another server left or whose wait for the helpdesk is over. A backfill is read by one server at
 * a time, the one holding its lease, page after page: each page's events go through the same processing as
 * live webhooks, then its cursor is kept, so a server stopped or killed between the two reads that page
 * again, and its events, already stored, are duplicates. A helpdesk that asks to wait (429 with
 * {@code Retry-After}) has the backfill wait in the table, not on a thread, so the wait too outlasts a restart.
 */
@ApplicationScoped
public class BackfillRunner {

    private static final Logger LOG = Logger.getLogger(BackfillRunner.class.getName());

    /** The longest a backfill waits before it asks the helpdesk again, whatever the helpdesk asked for. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** How long a backfill waits when its helpdesk's name does not resolve. */
    static final Duration UNRESOLVED_WAIT = Duration.ofMinutes(1);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BackfillRepository backfills;

    @Inject
    HelpdeskHistories histories;

    @Inject
    EventProcessing processing;

    @Inject
    OutboundPolicy outbound;

    @Inject
    BackfillSettings settings;

    @Inject
    Clock clock;

    private ExecutorService workers;
    /** The thread that looks for workable backfills, the runner's own, as the runtime's scheduler may be busy. */
    private ScheduledExecutorService looks;
    /** Backfills a worker of this server is reading. */
    private final Set<BackfillRepository.Key> busy = ConcurrentHashMap.newKeySet();
    /** Backfills an admin ended while a worker of this server read them: it stops at its next request. */
    private final Set<BackfillRepository.Key> endedMeanwhile = ConcurrentHashMap.newKeySet();
    /** Stops the pools as the application goes; made with them. */
    private GracefulStop shutdown;
    /** Set as the application goes: every worker stops at its next request. */
    private volatile boolean stopping;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) StoreMigrated migrated) {
        int count = settings.workers();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        pool.allowCoreThreadTimeOut(true);
        workers = pool;
        looks = new ScheduledThreadPoolExecutor(1, threads);
        looks.scheduleWithFixedDelay(this::lookQuietly, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        shutdown = new GracefulStop(settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(1), looks, workers);
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackfillChanged changed) {
        if (busy.contains(changed.key()) && backfills.ended(changed.key())) {
            endedMeanwhile.add(changed.key());
        }
        if (looks != null) {
            try {
                looks.execute(this::lookQuietly);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The runner is stopping; the next start finds the backfill", e);
            }
        }
    }

    private void lookQuietly() {
        if (stopping) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (BackfillRepository.Key key : backfills.workable(now)) {
                if (busy.size() >= settings.workers() || stopping) {
                    return;
                }
                if (!busy.add(key)) {
                    continue;
                }
                String owner = UUID.randomUUID().toString();
                Optional<BackfillJob> taken;
                try {
                    taken = backfills.claim(key, owner, now, settings.lease());
                } catch (RuntimeException e) {
                    busy.remove(key);
                    throw e;
                }
                if (taken.isEmpty()) {
                    busy.remove(key);
                    continue;
                }
                endedMeanwhile.remove(key);
                workers.execute(() -> {
                    try {
                        read(key, owner, taken.get());
                    } finally {
                        busy.remove(key);
                        endedMeanwhile.remove(key);
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for backfills failed; the next look tries again", e);
        }
    }

    /** Reads {@code job}, held by {@code owner}, until it ends, waits, or this server stops. */
    private void read(BackfillRepository.Key key, String owner, BackfillJob job) {
        long started = System.nanoTime();
        try {
            Optional<HelpdeskHistory> history = histories.find(job.kind());
            if (history.isEmpty()) {
                backfills.end(key, owner, BackfillState.FAILED, "This server cannot read helpdesks of kind " + job.kind(),
                        Duration.ZERO, clock.instant());
                return;
            }
            LeasedPacing pacing = new LeasedPacing(key, owner, job.baseUrl(), job.requestsPerMinute());
            String cursor = job.cursor();
            try (HistoryReader reader = history.get().open(job.connection(), pacing)) {
                while (true) {
                    HistoryPage page;
                    try {
                        page = reader.read(cursor);
                    } catch (HistoryUnavailable e) {
                        Instant now = clock.instant();
                        Duration spent = since(started);
                        if (e.retryAfter() != null) {
                            // A helpdesk asking for more than an hour is asked again after one.
                            Duration wait = e.retryAfter().compareTo(LONGEST_WAIT) > 0 || e.retryAfter().isNegative()
                                    ? LONGEST_WAIT : e.retryAfter();
                            LOG.info(() -> "Backfill " + key.id() + " of tenant " + key.tenantId() + " waits "
                                    + wait.toSeconds() + " s: " + e.getMessage());
                            backfills.waitUntil(key, owner, now.plus(wait), e.getMessage(), spent, now);
                        } else {
                            LOG.log(Level.WARNING, "Backfill " + key.id() + " of tenant " + key.tenantId() + " failed: "
                                    + e.getMessage(), e.getCause());
                            backfills.end(key, owner, BackfillState.FAILED, e.getMessage(), spent, now);
                        }
                        return;
                    }
                    BackfillCounts counts = store(key.tenantId(), page.events());
                    Instant now = clock.instant();
                    Duration spent = since(started);
                    started = System.nanoTime();
                    if (!backfills.advance(key, owner, page, counts, spent, now, settings.lease()) || page.last()) {
                        if (page.last()) {
                            LOG.info(() -> "Backfill " + key.id() + " of tenant " + key.tenantId() + " is done");
                        }
                        return;
                    }
                    cursor = page.cursor();
                }
            }
        } catch (InterruptedException e) {
            // Our own pacing gave up: this server stops or an admin ended the backfill. The thread was not interrupted.
            backfills.release(key, owner, since(started), clock.instant());
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "Backfill " + key.id() + " of tenant " + key.tenantId()
                    + " paused: the store is unreachable; it goes on once the lease ends", e);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Backfill " + key.id() + " of tenant " + key.tenantId() + " failed, reference "
                    + reference, e);
            try {
                backfills.end(key, owner, BackfillState.FAILED, "failed unexpectedly; the plugin's log names the cause"
                        + " under reference " + reference, since(started), clock.instant());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Backfill " + key.id() + " could not be marked failed; it goes on once the lease"
                        + " ends", again);
            }
        }
    }

    /**
     * Refuses {@code baseUrl} unless it may be called now: checked before every request, since a name may resolve
     * elsewhere by then (to the server's own network), and the token goes with each. A name that does not
     * resolve is asked about again in a while.
     */
    private void checkTarget(String baseUrl) {
        Optional<OutboundTargets.Refusal> refused = outbound.check(baseUrl);
        if (refused.isPresent()) {
            String words = "url: " + refused.get().words(Texts.english());
            throw refused.get().problem() == OutboundTargets.Problem.UNRESOLVABLE
                    ? HistoryUnavailable.retryAfter(UNRESOLVED_WAIT, words) : HistoryUnavailable.permanent(words);
        }
    }

    /** Hands {@code events} to the processing, at most a batch's worth at a time, and counts their verdicts. */
    private BackfillCounts store(String tenantId, List<HelpdeskEvent> events) {
        for (HelpdeskEvent event : events) {
            if (!tenantId.equals(event.header().tenantId())) {
                throw new IllegalStateException("A reader gave an event of tenant " + event.header().tenantId()
                        + " to a backfill of tenant " + tenantId);
            }
        }
        BackfillCounts counts = new BackfillCounts(0, 0, 0);
        for (int from = 0; from < events.size(); from += EventIntake.MAX_EVENTS) {
            List<HelpdeskEvent> batch = events.subList(from, Math.min(events.size(),
                    from + EventIntake.MAX_EVENTS));
            counts = counts.plus(BackfillCounts.of(processing.process(batch)));
        }
        return counts;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    /**
     * The backfill's pace, which also renews its lease now and then and stops the reader once this server
     * stops, the admin ended the backfill, or another server took it over.
     */
    private final class LeasedPacing implements RequestPacing {

        private final BackfillRepository.Key key;
        private final String owner;
        private final String baseUrl;
        private final RatePacing pace;
        private long renewed = System.nanoTime();
        private boolean lost;

        LeasedPacing(BackfillRepository.Key key, String owner, String baseUrl, int requestsPerMinute) {
            this.key = key;
            this.baseUrl = baseUrl;
            this.owner = owner;
            this.pace = new RatePacing(requestsPerMinute, System::nanoTime, Thread::sleep,
                    () -> stopping || lost || endedMeanwhile.contains(key));
        }

        @Override
        public void beforeRequest() throws InterruptedException {
            pace.beforeRequest();
            checkTarget(baseUrl);
            if (System.nanoTime() - renewed > settings.lease().toNanos() / 3) {
                renewed = System.nanoTime();
                if (!backfills.renew(key, owner, clock.instant(), settings.lease())) {
                    lost = true;
                    throw new InterruptedException("the backfill was ended or taken over");
                }
            }
        }
    }

    /**
     * Lets each worker finish the request it is making, taking no further one, before the application goes: a
     * thread interrupted while its database driver writes may break the connection, or, on H2, close the whole
     * database. What a worker read but did not keep is read again after the restart.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (shutdown != null) {
            shutdown.run();
        }
    }
}

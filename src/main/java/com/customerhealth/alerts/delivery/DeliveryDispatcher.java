package com.customerhealth.alerts.delivery;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, at least once: as soon as a transaction that wrote to it commits, and every
 * {@code chm.alerts.delivery.poll-ms} for retries and for what other servers wrote. Each subscription is
 * sent to by one sender at a time, oldest message first, on a pool of {@code chm.alerts.delivery.senders}
 * threads, so a slow or dead receiver holds one sender and never another subscription's messages. A
 * failed attempt holds that subscription back until the failed message's next try, so a receiver that is
 * down is not hammered with every message in turn; once it answers again, all of them follow.
 *
 * <p>Each delivery is taken under a lease before it is sent and recorded after, each step a transaction of
 * its own: a server killed meanwhile leaves the delivery pending, and it is sent again once the lease ends.
 * A receiver may so get a message twice, never none; the message's id tells it apart.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());

    /** Deliveries looked up per round of a subscription; e-mail takes them all into one digest. */
    private static final int ROUND = 100;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Destinations destinations;

    @Inject
    WebhookSender webhooks;

    @Inject
    MailSender mail;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    private ExecutorService senders;
    /**
     * The thread that looks for due deliveries, the dispatcher's own: the runtime's shared scheduler may be
     * busy for minutes with other work (scores whose window moved, history upkeep), and deliveries must not
     * wait for it.
     */
    private ScheduledExecutorService looks;
    /** Subscriptions a sender is working on, as tenant and id. */
    private final Set<DeliveryRepository.Due> busy = ConcurrentHashMap.newKeySet();
    /** Subscriptions held back after a failure, until the instant their failed message is tried again. */
    private final Map<DeliveryRepository.Due, Instant> heldBack = new ConcurrentHashMap<>();
    private final AtomicBoolean lookScheduled = new AtomicBoolean();
    /** Counts the commits that wrote to the outbox, so a sender that finishes sees whether more came meanwhile. */
    private final AtomicLong written = new AtomicLong();
    /** Stops the pools as the application goes; made with them. */
    private GracefulStop shutdown;
    /** Set as the application goes: no further attempt is taken. */
    private volatile boolean stopping;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StoreMigrated migrated) {
        int count = settings.senders();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        pool.allowCoreThreadTimeOut(true);
        senders = pool;
        looks = new ScheduledThreadPoolExecutor(1, threads);
        long every = settings.poll().toMillis();
        looks.scheduleWithFixedDelay(this::lookQuietly, 0, every, TimeUnit.MILLISECONDS);
        looks.scheduleWithFixedDelay(this::removeOldQuietly, 1, 60, TimeUnit.MINUTES);
        shutdown = new GracefulStop(settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(1), looks, senders);
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten outbox) {
        written.incrementAndGet();
        look();
    }

    /**
     * Looks for due deliveries soon, on the dispatcher's looking thread rather than a sender's, which may all be
     * busy with slow receivers; several calls before it runs make one look.
     */
    public void look() {
        if (looks != null && lookScheduled.compareAndSet(false, true)) {
            try {
                looks.execute(() -> {
                    lookScheduled.set(false);
                    lookQuietly();
                });
            } catch (RuntimeException e) {
                lookScheduled.set(false);
                LOG.log(Level.FINE, "The dispatcher is stopping; the next start finds the deliveries", e);
            }
        }
    }

    private void lookQuietly() {
        if (stopping) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (DeliveryRepository.Due due : deliveries.due(now)) {
                Instant until = heldBack.get(due);
                if (until != null && until.isAfter(now)) {
                    continue;
                }
                heldBack.remove(due);
                if (busy.add(due)) {
                    senders.execute(() -> sendQuietly(due));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for alert deliveries failed; the next look tries again", e);
        }
    }

    private void sendQuietly(DeliveryRepository.Due due) {
        long seen = written.get();
        try {
            Optional<Destination> destination = destinations.find(due.tenantId(), due.subscriptionId());
            if (destination.isEmpty()) {
                int given = deliveries.abandon(due.tenantId(), due.subscriptionId(), clock.instant(),
                        "The subscription no longer exists");
                LOG.warning(() -> given + " deliveries to " + due.subscriptionId() + " of tenant " + due.tenantId()
                        + " given up: the subscription no longer exists");
            } else if (destination.get().enabled()) {
                send(due, destination.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending alerts to " + due.subscriptionId() + " of tenant " + due.tenantId()
                    + " failed; the next look tries again", e);
        } finally {
            busy.remove(due);
            if (written.get() != seen) {
                look();
            }
        }
    }

    /** Sends the subscription's due deliveries, oldest first, until none is due or one fails. */
    private void send(DeliveryRepository.Due due, Destination destination) {
        String owner = UUID.randomUUID().toString();
        while (!stopping) {
            Instant now = clock.instant();
            List<String> ids = deliveries.dueIds(due.tenantId(), due.subscriptionId(), now, ROUND);
            if (ids.isEmpty()) {
                return;
            }
            if (destination.channel() == Channel.EMAIL) {
                List<Delivery> taken = deliveries.claim(due.tenantId(), ids, owner, now, settings.lease());
                if (!taken.isEmpty()) {
                    Attempt attempt = mail.send(destination, taken);
                    if (!record(due, taken.stream().map(Delivery::id).toList(), owner, attempt)) {
                        return;
                    }
                }
                continue;
            }
            for (String id : ids) {
                if (stopping) {
                    return;
                }
                List<Delivery> taken = deliveries.claim(due.tenantId(), List.of(id), owner, clock.instant(), settings.lease());
                if (taken.isEmpty()) {
                    continue;
                }
                Attempt attempt = webhooks.send(destination, taken.get(0));
                if (!record(due, List.of(id), owner, attempt)) {
                    return;
                }
            }
        }
    }

    /** Records {@code attempt}; after a failure holds the subscription back and answers false. */
    private boolean record(DeliveryRepository.Due due, List<String> ids, String owner, Attempt attempt) {
        Optional<Instant> next = deliveries.record(due.tenantId(), ids, owner, attempt, settings.backoff(),
                ThreadLocalRandom.current());
        if (attempt.delivered()) {
            return true;
        }
        heldBack.put(due, next.orElse(attempt.at()));
        LOG.info(() -> "Alert delivery to " + due.subscriptionId() + " of tenant " + due.tenantId() + " failed ("
                + attempt.error() + ")" + next.map(at -> "; tried again at " + at).orElse("; given up"));
        return false;
    }

    private void removeOldQuietly() {
        try {
            Duration retention = settings.retention();
            int removed = deliveries.removeFinishedBefore(clock.instant().minus(retention));
            if (removed > 0) {
                LOG.info(() -> removed + " finished alert deliveries older than " + retention.toDays() + " days removed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing old alert deliveries failed; the next run tries again", e);
        }
    }

    /**
     * Lets the senders finish the attempt each is making, taking no further one, before the application goes:
     * a thread interrupted while its database driver writes may break the connection, or, on H2, close the
     * whole database under the application deployed next. Only a sender still busy after an attempt's longest
     * time is interrupted; its delivery is sent again once its lease ends.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (shutdown != null) {
            shutdown.run();
        }
    }
}

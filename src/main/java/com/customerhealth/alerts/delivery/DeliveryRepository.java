package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.PreparedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The outbox: deliveries written with the changes they tell, taken by senders one at a time under a lease,
 * and what became of each attempt. A sender's steps are transactions of their own, so what it sent is
 * recorded whatever happens to the next one.
 */
@ApplicationScoped
public class DeliveryRepository {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** A subscription that has deliveries due. */
    public record Due(String tenantId, String subscriptionId) {
    }

    /** One page of a subscription's deliveries, newest first, each with its attempts, oldest first. */
    public record Page(long total, int page, int size, List<Delivery> items, Map<String, List<DeliveryAttempt>> attempts) {
    }

    /** Writes {@code delivery}, in the caller's transaction. */
    void add(Delivery delivery) {
        em.persist(delivery);
    }

    /** The subscriptions with a pending delivery due at {@code now} that nobody holds. */
    @Transactional
    public List<Due> due(Instant now) {
        List<Object[]> rows = PreparedQueries.of(em, "select distinct d.tenantId, d.subscriptionId from Delivery d"
                        + " where d.state = 'pending' and d.nextAttemptAt <= :now"
                        + " and (d.leaseUntil is null or d.leaseUntil < :now)", Object[].class)
                .setParameter("now", now).getResultList();
        return rows.stream().map(row -> new Due((String) row[0], (String) row[1])).toList();
    }

    /** The ids of up to {@code limit} deliveries of a subscription due at {@code now} that nobody holds, in order. */
    @Transactional
    public List<String> dueIds(String tenantId, String subscriptionId, Instant now, int limit) {
        return em.createQuery("select d.id from Delivery d where d.tenantId = :tenant and d.subscriptionId = :subscription"
                        + " and d.state = 'pending' and d.nextAttemptAt <= :now and (d.leaseUntil is null or d.leaseUntil < :now)"
                        + " order by d.nextAttemptAt, d.createdAt, d.id", String.class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes the deliveries {@code ids} that are still pending and free, for {@code owner} until {@code now +
     * lease}; answers those taken, in order. Another sender, in this server or another, cannot take them
     * until the lease ends.
     */
    @Transactional
    public List<Delivery> claim(String tenantId, Collection<String> ids, String owner, Instant now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createQuery("update Delivery d set d.leaseOwner = :owner, d.leaseUntil = :until"
                        + " where d.tenantId = :tenant and d.id in :ids and d.state = 'pending'"
                        + " and (d.leaseUntil is null or d.leaseUntil < :now)")
                .setParameter("owner", owner).setParameter("until", now.plus(lease)).setParameter("tenant", tenantId)
                .setParameter("ids", List.copyOf(ids)).setParameter("now", now).executeUpdate();
        return em.createQuery("select d from Delivery d where d.tenantId = :tenant and d.id in :ids"
                        + " and d.leaseOwner = :owner order by d.nextAttemptAt, d.createdAt, d.id", Delivery.class)
                .setParameter("tenant", tenantId).setParameter("ids", List.copyOf(ids)).setParameter("owner", owner)
                .getResultList();
    }

    /** Lets deliveries held by {@code owner} go untried, as they were. */
    @Transactional
    public void release(String tenantId, Collection<String> ids, String owner) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update Delivery d set d.leaseOwner = null, d.leaseUntil = null"
                        + " where d.tenantId = :tenant and d.id in :ids and d.leaseOwner = :owner")
                .setParameter("tenant", tenantId).setParameter("ids", List.copyOf(ids)).setParameter("owner", owner)
                .executeUpdate();
    }

    /**
     * Records {@code attempt} at each of the deliveries {@code ids} that {@code owner} still holds: delivered,
     * or tried again as {@code backoff} says, or failed for good once its time is over. A delivery whose lease
     * ran out and that another sender took is left to that sender.
     *
     * @return when the earliest of them that failed is tried again, if one failed and is tried again
     */
    @Transactional
    public Optional<Instant> record(String tenantId, Collection<String> ids, String owner, Attempt attempt,
                                    Backoff backoff, RandomGenerator random) {
        Optional<Instant> earliest = Optional.empty();
        for (Delivery delivery : em.createQuery("select d from Delivery d where d.tenantId = :tenant and d.id in :ids"
                        + " and d.leaseOwner = :owner", Delivery.class).setParameter("tenant", tenantId)
                .setParameter("ids", List.copyOf(ids)).setParameter("owner", owner).getResultList()) {
            Instant next = attempt.delivered() ? null
                    : backoff.next(delivery.createdAt(), delivery.attempts() + 1, attempt.at(), random).orElse(null);
            delivery.attempted(attempt, attempt.delivered(), next);
            em.persist(new DeliveryAttempt(delivery, delivery.attempts(), attempt));
            if (next != null && (earliest.isEmpty() || next.isBefore(earliest.get()))) {
                earliest = Optional.of(next);
            }
        }
        return earliest;
    }

    /** Gives up every pending delivery of a subscription that no longer exists, saying why. */
    @Transactional
    public int abandon(String tenantId, String subscriptionId, Instant now, String why) {
        List<Delivery> pending = PreparedQueries.of(em, "select d from Delivery d where d.tenantId = :tenant"
                        + " and d.subscriptionId = :subscription and d.state = 'pending'", Delivery.class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).getResultList();
        pending.forEach(delivery -> delivery.attempted(new Attempt(now, null, 0, why), false, null));
        return pending.size();
    }

    /** Removes every delivery of a subscription and its attempts, in the caller's transaction. */
    void removeAll(String tenantId, String subscriptionId) {
        em.createQuery("delete from DeliveryAttempt a where a.tenantId = :tenant and a.deliveryId in"
                        + " (select d.id from Delivery d where d.tenantId = :tenant and d.subscriptionId = :subscription)")
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).executeUpdate();
        em.createQuery("delete from Delivery d where d.tenantId = :tenant and d.subscriptionId = :subscription")
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).executeUpdate();
    }

    /** Removes the deliveries finished before {@code cutOff} and their attempts; answers how many. */
    @Transactional
    public int removeFinishedBefore(Instant cutOff) {
        em.createQuery("delete from DeliveryAttempt a where exists (select d from Delivery d where d.tenantId = a.tenantId"
                        + " and d.id = a.deliveryId and d.state <> 'pending' and d.finishedAt < :cutOff)")
                .setParameter("cutOff", cutOff).executeUpdate();
        return em.createQuery("delete from Delivery d where d.state <> 'pending' and d.finishedAt < :cutOff")
                .setParameter("cutOff", cutOff).executeUpdate();
    }

    /** How many deliveries of a subscription stand in each state. */
    public Map<DeliveryState, Long> counts(String tenantId, String subscriptionId) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        PreparedQueries.of(em, "select d.state, count(d) from Delivery d where d.tenantId = :tenant"
                        + " and d.subscriptionId = :subscription group by d.state", Object[].class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).getResultList()
                .forEach(row -> counts.put(DeliveryState.fromKey((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** A page of a subscription's deliveries, newest first, with their attempts. */
    public Page page(String tenantId, String subscriptionId, int page, int size) {
        long total = PreparedQueries.of(em, "select count(d) from Delivery d where d.tenantId = :tenant"
                        + " and d.subscriptionId = :subscription", Long.class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId).getSingleResult();
        List<Delivery> items = em.createQuery("select d from Delivery d where d.tenantId = :tenant"
                        + " and d.subscriptionId = :subscription order by d.createdAt desc, d.id", Delivery.class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<String, List<DeliveryAttempt>> attempts = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("select a from DeliveryAttempt a where a.tenantId = :tenant and a.deliveryId in :ids"
                            + " order by a.deliveryId, a.attempt", DeliveryAttempt.class)
                    .setParameter("tenant", tenantId).setParameter("ids", items.stream().map(Delivery::id).toList())
                    .getResultList()
                    .forEach(attempt -> attempts.computeIfAbsent(attempt.deliveryId(), id -> new ArrayList<>()).add(attempt));
        }
        return new Page(total, page, size, items, attempts);
    }

    /** The delivery {@code id} of {@code tenantId}. */
    public Optional<Delivery> find(String tenantId, String id) {
        return PreparedQueries.of(em, "select d from Delivery d where d.tenantId = :tenant and d.id = :id", Delivery.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst();
    }
}

package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.PreparedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The subscriptions admins made, per tenant. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them (the
// alert senders, reading their subscription, failed so while several sent at once).
@Transactional
public class SubscriptionRepository {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** {@code tenantId}'s subscriptions, oldest first. */
    public List<Subscription> of(String tenantId) {
        return PreparedQueries.of(em, "select s from Subscription s where s.tenantId = :tenant order by s.createdAt, s.id",
                Subscription.class).setParameter("tenant", tenantId).getResultList();
    }

    /** The subscription {@code id} of {@code tenantId}. */
    public Optional<Subscription> find(String tenantId, String id) {
        return PreparedQueries.of(em, "select s from Subscription s where s.tenantId = :tenant and s.id = :id",
                Subscription.class).setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream()
                .findFirst();
    }

    void add(Subscription subscription) {
        em.persist(subscription);
    }

    void remove(Subscription subscription) {
        em.remove(subscription);
    }
}

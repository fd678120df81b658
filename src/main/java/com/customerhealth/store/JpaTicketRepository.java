package com.customerhealth.store;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import com.customerhealth.platform.TenantRows;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketRepository;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link TicketRepository} in the plugin's {@code ticket} table. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (see JpaCustomerRepository).
@Transactional
public class JpaTicketRepository extends TenantRows<Ticket> implements TicketRepository {

    private static final List<String> SETTLED = Arrays.stream(TicketStatus.values())
            .filter(status -> !status.isOpen()).map(TicketStatus::key).toList();

    /** The counted tickets {@code t} of {@code :tenant} in reach of a window starting at {@code :start}. */
    private static final String IN_REACH = "t.tenantId = :tenant and t.counted = true and (t.status not in :settled"
            + " or t.createdAt >= :start or t.handledAt >= :start or t.ratedAt >= :start)";

    public JpaTicketRepository() {
        super(Ticket.class, Ticket::id, Ticket::new);
    }

    @Override
    public List<String> activeSince(String tenantId, Collection<String> ids, Instant windowStart) {
        List<String> found = new ArrayList<>();
        for (List<String> chunk : InLists.of(ids)) {
            found.addAll(PreparedQueries.of(em, "select t.id from Ticket t where t.tenantId = :tenant and t.id in :ids"
                            + " and (t.lastActivityAt >= :start or t.createdAt >= :start or t.handledAt >= :start"
                            + " or t.ratedAt >= :start or t.status not in :settled)", String.class)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk))
                    .setParameter("start", windowStart).setParameter("settled", SETTLED).getResultList());
        }
        return found;
    }

    @Override
    public List<String> mergedInto(String tenantId, Collection<String> ids) {
        List<String> found = new ArrayList<>();
        for (List<String> chunk : InLists.of(ids)) {
            found.addAll(em.createQuery("select t.id from Ticket t where t.tenantId = :tenant and t.mergedInto in :ids",
                            String.class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    @Override
    public List<Ticket> latestNamingCompany(String tenantId, Collection<String> customerIds) {
        em.flush();
        List<Ticket> found = new ArrayList<>();
        for (List<String> chunk : InLists.of(customerIds)) {
            found.addAll(em.createQuery("select t from Ticket t where t.tenantId = :tenant and t.customerId in :ids"
                            + " and t.opened = true and t.companyId is not null and t.createdAt = (select max(u.createdAt)"
                            + " from Ticket u where u.tenantId = t.tenantId and u.customerId = t.customerId"
                            + " and u.opened = true and u.companyId is not null)", Ticket.class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    @Override
    public List<Ticket> inReach(String tenantId, Collection<String> customerIds, Instant windowStart) {
        List<Ticket> found = new ArrayList<>();
        for (List<String> chunk : InLists.of(customerIds)) {
            found.addAll(PreparedQueries.of(em, "select t from Ticket t where t.customerId in :ids and " + IN_REACH,
                            Ticket.class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk)
                    .setParameter("settled", SETTLED).setParameter("start", windowStart).getResultList());
        }
        return found;
    }

    @Override
    public void forEachInReach(String tenantId, Instant windowStart, Consumer<Ticket> each) {
        try (Stream<Ticket> tickets = em.createQuery("select t from Ticket t where t.customerId is not null and "
                        + IN_REACH, Ticket.class)
                .setParameter("tenant", tenantId).setParameter("settled", SETTLED)
                .setParameter("start", windowStart).getResultStream()) {
            tickets.forEach(each);
        }
    }

    @Override
    public Optional<Ticket> shown(String tenantId, String id) {
        return em.createQuery("select t from Ticket t where t.tenantId = :tenant and t.id = :id"
                        + " and t.counted = true and t.customerId is not null", Ticket.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public List<Ticket> latestOf(String tenantId, String customerId, int limit) {
        return em.createQuery("select t from Ticket t where t.tenantId = :tenant and t.customerId = :customer"
                        + " and t.counted = true order by t.lastActivityAt desc, t.id", Ticket.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId).setMaxResults(limit)
                .setHint("eclipselink.read-only", "true").getResultList();
    }

    @Override
    public Map<String, Integer> createdBetween(String tenantId, Collection<String> customerIds, Instant from,
                                               Instant to) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> chunk : InLists.of(customerIds)) {
            for (Object[] row : PreparedQueries.of(em, "select t.customerId, count(t) from Ticket t"
                            + " where t.tenantId = :tenant and t.customerId in :ids and t.counted = true"
                            + " and t.createdAt >= :from and t.createdAt < :to group by t.customerId", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(chunk))
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    @Override
    public List<String> mergedAfter(String tenantId, String after, int limit) {
        return em.createQuery("select t.id from Ticket t where t.tenantId = :tenant and t.merged = true"
                        + " and t.id > :after order by t.id", String.class)
                .setParameter("tenant", tenantId).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @Override
    public int countMerged(String tenantId) {
        return em.createQuery("select count(t) from Ticket t where t.tenantId = :tenant and t.merged = true", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().intValue();
    }
}

package com.customerhealth.health;

import com.customerhealth.directory.Customer;
import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import com.customerhealth.platform.TenantRows;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MemberScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored scores of customers: every read and write of them goes through here. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class CustomerHealthRepository extends TenantRows<CustomerHealth> {

    /** Read-only results come as they are, without a copy to watch for changes. */
    static final String READ_ONLY = "eclipselink.read-only";

    public CustomerHealthRepository() {
        super(CustomerHealth.class, CustomerHealth::customerId, CustomerHealth::new);
    }

    /** A customer of a tenant, its company (or null) and the band of its stored score ({@code NO_DATA} for none). */
    public record Standing(String customerId, String companyId, Health health) {
    }

    /** A customer of a tenant whose score is due to be computed again. */
    public record Due(String tenantId, String customerId) {
    }

    /**
     * The views of the known customers among {@code ids} (at most {@link InLists#MAX_SIZE}) with their
     * stored scores, in one statement.
     */
    public List<CustomerHealthView> views(String tenantId, List<String> ids) {
        return em.createQuery("select c, h from Customer c left join CustomerHealth h"
                        + " on h.tenantId = c.tenantId and h.id = c.id where c.tenantId = :tenant and c.id in :ids",
                        Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(ids))
                .setHint(READ_ONLY, "true").getResultList().stream()
                .map(row -> CustomerHealthView.of((Customer) row[0], (CustomerHealth) row[1])).toList();
    }

    /** Up to {@code limit} customers whose score's window moves at {@code now} or before, soonest first. */
    public List<Due> due(Instant now, int limit) {
        return em.createQuery("select h.tenantId, h.id from CustomerHealth h where h.nextChangeAt <= :now"
                        + " order by h.nextChangeAt", Object[].class)
                .setParameter("now", now).setMaxResults(limit).getResultList().stream()
                .map(row -> new Due((String) row[0], (String) row[1])).toList();
    }

    /**
     * The members of each of {@code companyIds} with their scores as the caller's transaction leaves them,
     * as a company's score takes them; members without a score yet count with none.
     */
    public Map<String, List<MemberScore>> membersOf(String tenantId, Collection<String> companyIds) {
        em.flush();
        Map<String, List<MemberScore>> members = new HashMap<>();
        for (Object[] row : PreparedQueries.of(em, "select c.companyId, c.id, h.score, h.ticketsInWindow"
                        + " from Customer c left join CustomerHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant and c.companyId in :ids order by c.id", Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", companyIds).getResultList()) {
            int tickets = row[3] == null ? 0 : ((Number) row[3]).intValue();
            Integer score = row[2] == null ? null : ((Number) row[2]).intValue();
            members.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(new MemberScore((String) row[1], score, tickets));
        }
        return members;
    }

    /** Every customer of {@code tenantId} with its company and stored band. */
    public List<Standing> standings(String tenantId) {
        return em.createQuery("select c.id, c.companyId, h.health from Customer c"
                        + " left join CustomerHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList().stream()
                .map(row -> new Standing((String) row[0], (String) row[1],
                        row[2] == null ? Health.NO_DATA : Health.fromKey((String) row[2])))
                .toList();
    }
}

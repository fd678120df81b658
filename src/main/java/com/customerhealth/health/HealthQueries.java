package com.customerhealth.health;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.platform.InLists;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.RulesInForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads stored health for the API and the agent view: each call is one statement, whatever the number
 * of customers asked for, and names its tenant.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class HealthQueries {

    /** The most customers or companies one call reads, so one statement's bind parameters stay within every database's limit. */
    public static final int MAX_IDS = InLists.MAX_SIZE;

    /** Read-only results come from the shared cache as they are, without a copy to watch for changes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    RulesInForce settings;

    /** The health of customer {@code customerId} of {@code tenantId}, if the customer is known. */
    public Optional<CustomerHealthView> customer(String tenantId, String customerId) {
        return customers(tenantId, List.of(customerId)).stream().findFirst();
    }

    /**
     * The health of the known customers among {@code customerIds}, in the order asked, each once.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_IDS} distinct ids
     */
    public List<CustomerHealthView> customers(String tenantId, Collection<String> customerIds) {
        List<String> ids = distinctWithinLimit(customerIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerHealthView> found = em.createQuery("select c, h from Customer c"
                        + " left join CustomerHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant and c.id in :ids", Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(ids))
                .setHint(READ_ONLY, "true").getResultList().stream()
                .map(row -> CustomerHealthView.of((Customer) row[0], (CustomerHealth) row[1]))
                .collect(Collectors.toMap(CustomerHealthView::id, Function.identity()));
        return inOrder(ids, found);
    }

    /** The health of company {@code companyId} of {@code tenantId} with its customers, if the company is known. */
    public Optional<CompanyHealthView> company(String tenantId, String companyId) {
        return companies(tenantId, List.of(companyId)).stream().findFirst();
    }

    /**
     * The health of the known companies among {@code companyIds}, in the order asked, each once.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_IDS} distinct ids
     */
    public List<CompanyHealthView> companies(String tenantId, Collection<String> companyIds) {
        List<String> ids = distinctWithinLimit(companyIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        HealthCutoffs cutoffs = settings.rulesFor(tenantId).cutoffs();
        Map<String, CompanyHealthView> found = em.createQuery("select c, h from Company c"
                        + " left join CompanyHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant and c.id in :ids", Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(ids))
                .setHint(READ_ONLY, "true").getResultList().stream()
                .map(row -> CompanyHealthView.of((Company) row[0], (CompanyHealth) row[1], cutoffs))
                .collect(Collectors.toMap(CompanyHealthView::id, Function.identity()));
        return inOrder(ids, found);
    }

    private static List<String> distinctWithinLimit(Collection<String> requested) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(requested));
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException(ids.size() + " ids asked for; at most " + MAX_IDS);
        }
        return ids;
    }

    private static <T> List<T> inOrder(List<String> ids, Map<String, T> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}

package com.customerhealth.health;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads stored health for the API and the agent view: each call is one statement, whatever the number
 * of customers asked for, and names its tenant.
 */
@ApplicationScoped
public class HealthQueries {

    /** The most customers one call reads, so one statement's bind parameters stay within every database's limit. */
    public static final int MAX_CUSTOMERS = 500;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The health of customer {@code customerId} of {@code tenantId}, if the customer is known. */
    public Optional<CustomerHealthView> customer(String tenantId, String customerId) {
        return customers(tenantId, List.of(customerId)).stream().findFirst();
    }

    /**
     * The health of the known customers among {@code customerIds}, in the order asked, each once.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_CUSTOMERS} distinct ids
     */
    public List<CustomerHealthView> customers(String tenantId, Collection<String> customerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        if (ids.size() > MAX_CUSTOMERS) {
            throw new IllegalArgumentException(ids.size() + " customers asked for; at most " + MAX_CUSTOMERS);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerHealthView> found = em.createQuery("select c, h from Customer c"
                        + " left join CustomerHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant and c.id in :ids", Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", ids).getResultList().stream()
                .map(row -> CustomerHealthView.of((Customer) row[0], (CustomerHealth) row[1]))
                .collect(Collectors.toMap(CustomerHealthView::id, Function.identity()));
        return ids.stream().map(found::get).filter(view -> view != null).toList();
    }

    /** The health of company {@code companyId} of {@code tenantId} with its customers, if the company is known. */
    public Optional<CompanyHealthView> company(String tenantId, String companyId) {
        return em.createQuery("select c, h from Company c"
                        + " left join CompanyHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant and c.id = :id", Object[].class)
                .setParameter("tenant", tenantId).setParameter("id", companyId).getResultList().stream()
                .map(row -> CompanyHealthView.of((Company) row[0], (CompanyHealth) row[1]))
                .findFirst();
    }
}

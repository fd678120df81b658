package com.customerhealth.store;

import com.customerhealth.directory.Customer;
import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.platform.InLists;
import com.customerhealth.platform.PreparedQueries;
import com.customerhealth.platform.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link CustomerRepository} in the plugin's {@code customer} table. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class JpaCustomerRepository extends TenantRows<Customer> implements CustomerRepository {

    public JpaCustomerRepository() {
        super(Customer.class, Customer::id, (tenant, id) -> new Customer(tenant, id, Instant.EPOCH));
    }

    @Override
    public List<Customer> membersOf(String tenantId, String companyId, int limit) {
        return em.createQuery("select c from Customer c where c.tenantId = :tenant and c.companyId = :company"
                        + " order by c.name, c.id", Customer.class)
                .setParameter("tenant", tenantId).setParameter("company", companyId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<String, String> companiesOf(String tenantId, Collection<String> ids) {
        Map<String, String> companies = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            for (Object[] row : PreparedQueries.of(em, "select c.id, c.companyId from Customer c"
                            + " where c.tenantId = :tenant and c.id in :ids and c.companyId is not null", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList()) {
                companies.put((String) row[0], (String) row[1]);
            }
        }
        return companies;
    }
}

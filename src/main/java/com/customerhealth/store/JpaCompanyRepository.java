package com.customerhealth.store;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.platform.TenantTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link CompanyRepository} in the plugin's {@code company} table. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (see JpaCustomerRepository).
@Transactional
public class JpaCompanyRepository implements CompanyRepository {

    private static final TenantTable<Company> TABLE = new TenantTable<>(Company.class, Company::id);

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Override
    public Map<String, Company> lockedByIds(String tenantId, Collection<String> ids) {
        return TABLE.lockedByIds(em, tenantId, ids);
    }

    @Override
    public Company add(String tenantId, String id) {
        Company created = new Company(tenantId, id, Instant.EPOCH);
        em.persist(created);
        return created;
    }

    @Override
    public Optional<Company> find(String tenantId, String id) {
        return TABLE.find(em, tenantId, id);
    }

    @Override
    public Set<String> existing(String tenantId, Collection<String> ids) {
        return TABLE.existing(em, tenantId, ids);
    }

    @Override
    public List<String> idsAfter(String tenantId, String after, int limit) {
        return TABLE.idsAfter(em, tenantId, after, limit);
    }

    @Override
    public int count(String tenantId) {
        return TABLE.count(em, tenantId);
    }
}

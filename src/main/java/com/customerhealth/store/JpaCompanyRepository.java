package com.customerhealth.store;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.platform.TenantRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** {@link CompanyRepository} in the plugin's {@code company} table. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (see JpaCustomerRepository).
@Transactional
public class JpaCompanyRepository extends TenantRows<Company> implements CompanyRepository {

    public JpaCompanyRepository() {
        super(Company.class, Company::id, (tenant, id) -> new Company(tenant, id, Instant.EPOCH));
    }

}

package com.customerhealth.health;

import com.customerhealth.directory.Company;
import com.customerhealth.platform.InLists;
import com.customerhealth.platform.TenantRows;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.HealthCutoffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored scores of companies: every read and write of them goes through here. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (see CustomerHealthRepository).
@Transactional
public class CompanyHealthRepository extends TenantRows<CompanyHealth> {

    public CompanyHealthRepository() {
        super(CompanyHealth.class, CompanyHealth::companyId, CompanyHealth::new);
    }

    /**
     * The views of the known companies among {@code ids} (at most {@link InLists#MAX_SIZE}) with their
     * stored scores, banded by {@code cutoffs}, in one statement.
     */
    public List<CompanyHealthView> views(String tenantId, List<String> ids, HealthCutoffs cutoffs) {
        return em.createQuery("select c, h from Company c left join CompanyHealth h"
                        + " on h.tenantId = c.tenantId and h.id = c.id where c.tenantId = :tenant and c.id in :ids",
                        Object[].class)
                .setParameter("tenant", tenantId).setParameter("ids", InLists.padded(ids))
                .setHint(CustomerHealthRepository.READ_ONLY, "true").getResultList().stream()
                .map(row -> CompanyHealthView.of((Company) row[0], (CompanyHealth) row[1], cutoffs)).toList();
    }

    /** The band of every stored company score of {@code tenantId}, by company. */
    public Map<String, Health> bands(String tenantId) {
        Map<String, Health> bands = new HashMap<>();
        for (Object[] row : em.createQuery("select h.id, h.health from CompanyHealth h where h.tenantId = :tenant",
                Object[].class).setParameter("tenant", tenantId).getResultList()) {
            bands.put((String) row[0], Health.fromKey((String) row[1]));
        }
        return bands;
    }
}

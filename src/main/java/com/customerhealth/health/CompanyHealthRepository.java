package com.customerhealth.health;

import com.customerhealth.platform.TenantTable;
import com.customerhealth.scoring.Health;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The stored scores of companies: every read and write of them goes through here. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (see CustomerHealthRepository).
@Transactional
public class CompanyHealthRepository {

    private static final TenantTable<CompanyHealth> TABLE = new TenantTable<>(CompanyHealth.class,
            CompanyHealth::companyId);

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The scores of {@code ids} that exist, by company, locked in id order until the caller's transaction ends. */
    public Map<String, CompanyHealth> lockedByIds(String tenantId, Collection<String> ids) {
        return TABLE.lockedByIds(em, tenantId, ids);
    }

    /** A new score row for company {@code companyId}, stored with the caller's transaction. */
    public CompanyHealth add(String tenantId, String companyId) {
        CompanyHealth health = new CompanyHealth(tenantId, companyId);
        em.persist(health);
        return health;
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

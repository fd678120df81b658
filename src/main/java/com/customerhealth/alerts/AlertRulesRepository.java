package com.customerhealth.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The tenants' own alert rules ({@link SavedAlertRules}), by tenant. */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's (the score move's, when
// the alerts ask for the rules in force): a non-transactional one belongs to the calling invocation.
@Transactional
public class AlertRulesRepository {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The rules {@code tenantId} saved, read by the table's key; none before its first save. */
    public Optional<SavedAlertRules> find(String tenantId) {
        return Optional.ofNullable(em.find(SavedAlertRules.class, tenantId));
    }

    /**
     * Makes {@code settings} (null: the configured defaults) {@code tenantId}'s next version, when
     * {@code precondition} admits the version standing. The tenant's row is locked first, so two changes
     * based on the same version are made one after the other and the second finds it stale. Going back to
     * the defaults while they are in force changes nothing.
     *
     * @return the rules saved, or none when the tenant never saved and goes back to the defaults
     * @throws StaleVersionException   when {@code precondition} does not admit the version standing
     * @throws ConcurrentSaveException when another first save of the tenant was stored at the same moment
     */
    Optional<SavedAlertRules> store(String tenantId, String settings, VersionPrecondition precondition, String savedBy,
                                    Instant at) {
        SavedAlertRules standing = em.find(SavedAlertRules.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        int version = standing == null ? 0 : standing.version();
        if (!precondition.admits(version)) {
            throw new StaleVersionException(version);
        }
        if (standing == null) {
            if (settings == null) {
                return Optional.empty();
            }
            SavedAlertRules first = new SavedAlertRules(tenantId, settings, savedBy, at);
            try {
                em.persist(first);
                em.flush();
            } catch (PersistenceException e) {
                // Both read no row, so nothing was there to lock: the key lets one of them store version 1.
                throw new ConcurrentSaveException(e);
            }
            return Optional.of(first);
        }
        if (settings != null || standing.settings().isPresent()) {
            standing.change(settings, savedBy, at);
        }
        return Optional.of(standing);
    }

    /** The rules were at another version than the change was based on; nothing was changed. */
    public static class StaleVersionException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int version;

        StaleVersionException(int version) {
            super("The alert rules are at version " + version + " now, not at the version the change was based on;"
                    + " nothing was changed");
            this.version = version;
        }

        /** The version standing. */
        public int version() {
            return version;
        }
    }

    /** Another first save of the same tenant was stored at the same moment; nothing of this one was. */
    public static class ConcurrentSaveException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConcurrentSaveException(Throwable cause) {
            super("The alert rules were saved by someone else at the same moment; nothing was saved. Read them"
                    + " again and save again.", cause);
        }
    }
}

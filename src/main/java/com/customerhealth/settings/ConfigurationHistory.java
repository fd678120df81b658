package com.customerhealth.settings;

import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.SettingChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved versions of a tenant's scoring rules: saving one, listing them with what each changed, and
 * bringing an earlier one back as a new version, so the history keeps every step.
 */
@ApplicationScoped
@Transactional
public class ConfigurationHistory {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    ScoringSettings settings;

    @Inject
    Clock clock;

    /**
     * One saved version with the settings it changed from the one before it (from the configured defaults
     * for the first).
     */
    public record SavedVersion(int version, Instant savedAt, String savedBy, Integer restoredFrom,
                               List<SettingChange> changes) {
    }

    /** Stores {@code rules} as {@code tenantId}'s newest version, saved by {@code savedBy}. */
    public SavedVersion save(String tenantId, ScoringRules rules, String savedBy) {
        return store(tenantId, rules, savedBy, null);
    }

    /**
     * Stores the rules of {@code version} again as the newest version.
     *
     * @return the new version, or empty when {@code tenantId} has no such version
     */
    public Optional<SavedVersion> restore(String tenantId, int version, String restoredBy) {
        ConfigurationVersion earlier = em.find(ConfigurationVersion.class, new ConfigurationVersionKey(tenantId, version));
        return Optional.ofNullable(earlier)
                .map(found -> store(tenantId, RulesJson.read(found.rules()), restoredBy, version));
    }

    /** Every version of {@code tenantId}, newest first. */
    public List<SavedVersion> versions(String tenantId) {
        List<ConfigurationVersion> oldestFirst = oldestFirst(tenantId);
        List<SavedVersion> newestFirst = new ArrayList<>();
        ScoringRules before = settings.configuredRules();
        for (ConfigurationVersion saved : oldestFirst) {
            ScoringRules rules = RulesJson.read(saved.rules());
            newestFirst.add(0, new SavedVersion(saved.version(), saved.savedAt(), saved.savedBy(),
                    saved.restoredFrom(), SettingChange.between(before, rules)));
            before = rules;
        }
        return newestFirst;
    }

    /** Every version {@code tenantId} saved, oldest first. */
    List<ConfigurationVersion> oldestFirst(String tenantId) {
        return em.createQuery("select v from ConfigurationVersion v where v.tenantId = :tenant order by v.version",
                        ConfigurationVersion.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("tenant", tenantId).getResultList();
    }

    /** The newest version {@code tenantId} saved, if it saved one. */
    Optional<ConfigurationVersion> newest(String tenantId) {
        // No row limit: a query with one is prepared again on every run, and this one runs for every event.
        return em.createQuery("select v from ConfigurationVersion v where v.tenantId = :tenant and v.version ="
                        + " (select max(w.version) from ConfigurationVersion w where w.tenantId = :tenant)",
                        ConfigurationVersion.class)
                // Nothing a transaction writes before it asks changes the answer (a save asks first), so the
                // transaction's other writes need not be sent ahead of it.
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("tenant", tenantId).getResultList().stream().findFirst();
    }

    private SavedVersion store(String tenantId, ScoringRules rules, String savedBy, Integer restoredFrom) {
        Optional<ConfigurationVersion> newest = newest(tenantId);
        ScoringRules before = newest.map(found -> RulesJson.read(found.rules())).orElseGet(settings::configuredRules);
        int version = newest.map(found -> found.version() + 1).orElse(1);
        ConfigurationVersion saved = new ConfigurationVersion(tenantId, version, clock.instant(), savedBy,
                RulesJson.write(rules), restoredFrom);
        try {
            em.persist(saved);
            em.flush();
        } catch (PersistenceException e) {
            // Two saves read the same newest version: the key lets one of them store the next.
            throw new ConcurrentSaveException(version, e);
        }
        return new SavedVersion(version, saved.savedAt(), savedBy, restoredFrom, SettingChange.between(before, rules));
    }

    /** Another save stored the same version first; nothing of this one was stored. */
    public static class ConcurrentSaveException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConcurrentSaveException(int version, Throwable cause) {
            super("Version " + version + " was saved by someone else at the same moment; nothing was saved."
                    + " Reload the settings and save again.", cause);
        }
    }
}

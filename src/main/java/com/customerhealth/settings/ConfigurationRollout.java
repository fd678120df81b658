package com.customerhealth.settings;

import com.customerhealth.health.Rescoring;
import com.customerhealth.health.RescoringProgress;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.ScoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Puts new rules in force: saves them as a version, then recomputes every score of the tenant by them in
 * the background, each changed score naming the version as its cause. The settings page and the settings
 * API both save through here.
 */
@ApplicationScoped
public class ConfigurationRollout {

    @Inject
    ConfigurationHistory history;

    @Inject
    Rescoring rescoring;

    /**
     * A saved version and the recomputation it started.
     *
     * @param saved     the version with what it changed
     * @param rescoring how far recomputing every score has come
     */
    public record Rollout(ConfigurationHistory.SavedVersion saved, RescoringProgress rescoring) {
    }

    /** Saves {@code rules} as {@code tenantId}'s next version and recomputes every score by them. */
    public Rollout save(String tenantId, ScoringRules rules, String savedBy) {
        return rescore(tenantId, history.save(tenantId, rules, savedBy));
    }

    /** Saves version {@code version}'s rules again as the next version; empty for an unknown version. */
    public Optional<Rollout> restore(String tenantId, int version, String restoredBy) {
        return history.restore(tenantId, version, restoredBy).map(saved -> rescore(tenantId, saved));
    }

    private Rollout rescore(String tenantId, ConfigurationHistory.SavedVersion saved) {
        ChangeCause cause = causeOf(saved.version(), saved.restoredFrom(), saved.savedBy());
        RescoringProgress started = rescoring.start(tenantId, saved.version(), cause);
        return new Rollout(saved, started);
    }

    /** What a score moved by version {@code version}, saved (or restored from {@code restoredFrom}) by {@code savedBy}, shows. */
    static ChangeCause causeOf(int version, Integer restoredFrom, String savedBy) {
        String number = Integer.toString(version);
        return restoredFrom == null
                ? new ChangeCause("configuration", number, "cause.settingsSaved", number, savedBy)
                : new ChangeCause("configuration", number, "cause.settingsRestored", String.valueOf(restoredFrom),
                        savedBy);
    }
}

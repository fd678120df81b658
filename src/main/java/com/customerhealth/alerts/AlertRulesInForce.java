package com.customerhealth.alerts;

import com.customerhealth.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The alert rules in force for a tenant: the ones it saved ({@link AlertRulesRepository}), or, until it saves
 * some and after it goes back to the defaults, the configured ones. Those are read once from MicroProfile
 * Config: each setting of {@link AlertSettings} as {@code chm.alerts.<setting>} in words joined by hyphens
 * ({@code scoreDrop.points} is {@code chm.alerts.score-drop.points}), every one left out at its default. A
 * setting a tenant's saved rules do not name stands at its configured value. Rules with a problem raise no
 * alert, and the problems are logged: a threshold mistyped must not flood anyone, nor stop the scores.
 */
@ApplicationScoped
public class AlertRulesInForce {

    private static final Logger LOG = Logger.getLogger(AlertRulesInForce.class.getName());

    @Inject
    Config config;

    @Inject
    AlertRulesRepository saved;

    @Inject
    Clock clock;

    /** Every configured setting as text, those not configured at their defaults. */
    private Map<String, String> configuredSettings;

    private AlertSettings.Reading configured;

    /** By tenant, its saved settings as read last; kept while the stored text stays the same. */
    private final Map<String, SavedReading> savedReadings = new ConcurrentHashMap<>();

    /** Saved settings as stored, every setting of them as text, and the rules they read as. */
    private record SavedReading(String text, Map<String, String> settings, AlertSettings.Reading reading) {
    }

    @PostConstruct
    void read() {
        Map<String, String> settings = new LinkedHashMap<>(AlertSettings.of(AlertRules.defaults()));
        for (String name : AlertSettings.NAMES) {
            config.getOptionalValue(configName(name), String.class).ifPresent(value -> settings.put(name, value));
        }
        configuredSettings = Collections.unmodifiableMap(settings);
        configured = AlertSettings.read(settings);
        configured.problems().forEach(problem -> LOG.severe(() -> "No alert is raised for a tenant without rules of"
                + " its own while " + configName(problem.setting()) + " is wrong: " + problem.words(Texts.english())));
    }

    /**
     * The rules of {@code tenantId}, or none while those in force have a problem. Asked in the transaction of
     * every batch of moved scores: the tenant's row is read there by its key each time rather than kept, so
     * that a save on any server instance sharing the database is in force for the next batch on every one
     * (a cache that only this server's saves cleared would hold other servers' old rules), and the cost is
     * one read of one row by its primary key per batch. What is kept is only the reading of the stored text
     * into rules, for as long as the text read is the same.
     */
    public Optional<AlertRules> rulesFor(String tenantId) {
        return saved.find(tenantId).flatMap(SavedAlertRules::settings)
                .map(text -> savedReading(tenantId, text).reading().rules())
                .orElseGet(configured::rules);
    }

    /** {@code tenantId}'s rules as they stand, with where they come from and the configured defaults. */
    public TenantAlertRules current(String tenantId) {
        return standing(tenantId, saved.find(tenantId));
    }

    /**
     * Saves {@code settings} as {@code tenantId}'s rules, in force from the next batch of moved scores on;
     * each setting left out at its configured value, and every setting stored, so that the rules saved stay
     * as they were saved when the configuration changes.
     *
     * @throws InvalidAlertSettingsException                 naming every wrong setting; nothing is saved
     * @throws AlertRulesRepository.StaleVersionException    when {@code precondition} does not admit the version standing
     * @throws AlertRulesRepository.ConcurrentSaveException  when another first save came at the same moment
     */
    public TenantAlertRules save(String tenantId, Map<String, String> settings, VersionPrecondition precondition,
                                 String savedBy) {
        AlertSettings.Reading reading = AlertSettings.readOver(configuredSettings, settings);
        if (reading.rules().isEmpty()) {
            throw new InvalidAlertSettingsException(reading.problems());
        }
        String text = AlertRulesJson.write(AlertSettings.of(reading.rules().get()));
        return standing(tenantId, saved.store(tenantId, text, precondition, savedBy, clock.instant()));
    }

    /**
     * Puts the configured rules in force for {@code tenantId} again, as its next version; nothing changes
     * while they are in force already.
     *
     * @throws AlertRulesRepository.StaleVersionException when {@code precondition} does not admit the version standing
     */
    public TenantAlertRules backToDefaults(String tenantId, VersionPrecondition precondition, String by) {
        return standing(tenantId, saved.store(tenantId, null, precondition, by, clock.instant()));
    }

    private TenantAlertRules standing(String tenantId, Optional<SavedAlertRules> row) {
        if (row.isEmpty()) {
            return new TenantAlertRules(false, 0, null, null, configuredSettings, configuredSettings,
                    configured.problems());
        }
        SavedAlertRules rules = row.get();
        Optional<SavedReading> own = rules.settings().map(text -> savedReading(tenantId, text));
        return new TenantAlertRules(own.isPresent(), rules.version(), rules.savedAt(), rules.savedBy(),
                own.map(SavedReading::settings).orElse(configuredSettings), configuredSettings,
                own.map(reading -> reading.reading().problems()).orElse(configured.problems()));
    }

    /** {@code text}, {@code tenantId}'s stored settings, read; read again only when it differs from the text read last. */
    private SavedReading savedReading(String tenantId, String text) {
        SavedReading known = savedReadings.get(tenantId);
        if (known == null || !known.text().equals(text)) {
            known = readSaved(tenantId, text);
            savedReadings.put(tenantId, known);
        }
        return known;
    }

    private SavedReading readSaved(String tenantId, String text) {
        Map<String, String> settings = new LinkedHashMap<>(configuredSettings);
        AlertSettings.Reading reading;
        try {
            settings.putAll(AlertRulesJson.read(text));
            reading = AlertSettings.read(settings);
        } catch (AlertRulesJson.NotSettingsException e) {
            reading = new AlertSettings.Reading(Optional.empty(),
                    List.of(SettingProblem.of("settings", "unreadable", "The stored settings " + e.getMessage())));
        }
        // Saved rules were valid when saved; a problem now comes from a change of the plugin or of the store.
        reading.problems().forEach(problem -> LOG.severe(() -> "No alert is raised for tenant " + tenantId
                + " while its saved alert setting " + problem.setting() + " is wrong: " + problem.words(Texts.english())));
        return new SavedReading(text, Collections.unmodifiableMap(settings), reading);
    }

    /** The configuration name of {@code setting}: {@code scoreDrop.points} is {@code chm.alerts.score-drop.points}. */
    static String configName(String setting) {
        return "chm.alerts." + setting.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

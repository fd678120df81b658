package com.customerhealth.alerts;

import com.customerhealth.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The alert rules in force, read once from MicroProfile Config: each setting of {@link AlertSettings} as
 * {@code chm.alerts.<setting>} in words joined by hyphens ({@code scoreDrop.points} is
 * {@code chm.alerts.score-drop.points}), every one left out at its default. Rules with a problem raise no
 * alert, and the problems are logged: a threshold mistyped must not flood anyone, nor stop the scores.
 */
@ApplicationScoped
public class AlertRulesInForce {

    private static final Logger LOG = Logger.getLogger(AlertRulesInForce.class.getName());

    @Inject
    Config config;

    private Optional<AlertRules> rules;

    @PostConstruct
    void read() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : AlertSettings.NAMES) {
            config.getOptionalValue(configName(name), String.class).ifPresent(value -> settings.put(name, value));
        }
        AlertSettings.Reading reading = AlertSettings.read(settings);
        reading.problems().forEach(problem -> LOG.severe(() -> "No alert is raised while "
                + configName(problem.setting()) + " is wrong: " + Texts.english().format("rules." + problem.problem().key(),
                problem.problem().arguments().toArray())));
        rules = reading.rules();
    }

    /** The rules of {@code tenantId}, or none while the configured ones have a problem. */
    public Optional<AlertRules> rulesFor(String tenantId) {
        return rules;
    }

    /** The configuration name of {@code setting}: {@code scoreDrop.points} is {@code chm.alerts.score-drop.points}. */
    static String configName(String setting) {
        return "chm.alerts." + setting.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

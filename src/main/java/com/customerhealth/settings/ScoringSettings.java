package com.customerhealth.settings;

import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RuleSettings;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.scoring.ScoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The scoring rules in force for a tenant: its latest saved configuration version, or, before its first
 * save, the rules MicroProfile Config describes.
 *
 * <p>Configured rules start from the preset {@code chm.scoring.preset}; any of
 * {@code chm.scoring.parameter.<key>.enabled|good-average|average-poor|weight} overrides one value of it.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class ScoringSettings implements RulesInForce {

    /** The configuration key of every setting, worked out once. */
    private static final Map<String, String> CONFIG_KEYS = RuleSettings.of(ScoringRules.of(Preset.B2C_SMALL))
            .keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(), ScoringSettings::configKey));

    @Inject
    ConfigurationHistory history;

    @Inject
    Config config;

    /** The rules {@link #configuredRules} read the first time they were valid; {@code null} before. */
    private volatile ScoringRules configured;

    /** By tenant, the rules of the newest saved version read last: rules are read for every event. */
    private final Map<String, SavedRules> savedRules = new ConcurrentHashMap<>();

    private record SavedRules(String text, ScoringRules rules) {
    }

    /** By tenant, its rules over time as read last, with the newest version among them (0 for none). */
    private final Map<String, Timeline> timelines = new ConcurrentHashMap<>();

    private record Timeline(int newest, List<RulesSince> rules) {
    }

    @Override
    public ScoringRules rulesFor(String tenantId) {
        return history.newest(tenantId).map(saved -> savedRules(tenantId, saved.rules())).orElseGet(this::configuredRules);
    }

    @Override
    public List<RulesSince> rulesOverTime(String tenantId) {
        int newest = history.newest(tenantId).map(ConfigurationVersion::version).orElse(0);
        Timeline known = timelines.get(tenantId);
        if (known == null || known.newest() != newest) {
            List<RulesSince> timeline = new ArrayList<>();
            timeline.add(new RulesSince(Instant.MIN, configuredRules(), null, null, null));
            for (ConfigurationVersion saved : history.oldestFirst(tenantId)) {
                // To the millisecond, as the store keeps it: the same instant before and after a restart.
                timeline.add(new RulesSince(saved.savedAt().truncatedTo(ChronoUnit.MILLIS),
                        RulesJson.read(saved.rules()), saved.version(),
                        saved.savedBy(), ConfigurationRollout.causeOf(saved.version(), saved.restoredFrom(),
                        saved.savedBy())));
            }
            known = new Timeline(newest, List.copyOf(timeline));
            timelines.put(tenantId, known);
        }
        return known.rules();
    }

    /** {@code text} read as rules, read again only when it differs from what {@code tenantId} read last. */
    private ScoringRules savedRules(String tenantId, String text) {
        SavedRules known = savedRules.get(tenantId);
        if (known == null || !known.text().equals(text)) {
            known = new SavedRules(text, RulesJson.read(text));
            savedRules.put(tenantId, known);
        }
        return known.rules();
    }

    /**
     * The rules MicroProfile Config describes: the preset {@code chm.scoring.preset} with any setting
     * configured under its key ({@link #configKey}) read over it. They are read when first asked for, so a
     * change of configuration takes a restart.
     *
     * @throws com.customerhealth.scoring.InvalidRulesException when the configured values contradict each
     *                                                          other, naming the configuration key at fault
     */
    public ScoringRules configuredRules() {
        ScoringRules known = configured;
        if (known == null) {
            // Invalid rules are not kept: the readiness check asks again, and says what is wrong each time.
            known = readConfiguredRules();
            configured = known;
        }
        return known;
    }

    private ScoringRules readConfiguredRules() {
        Preset preset = Preset.fromKey(config.getOptionalValue("chm.scoring.preset", String.class)
                .orElse(Preset.B2C_SMALL.key()));
        // Each key is looked up once, though the rules are read twice.
        Map<String, Optional<String>> values = new HashMap<>();
        Function<String, Optional<String>> value = setting -> values.computeIfAbsent(setting,
                key -> config.getOptionalValue(CONFIG_KEYS.get(key), String.class));
        // The preset's CSAT thresholds are written for 1–3: on another configured scale they are mapped onto it.
        CsatScale scale = configured(ScoringRules.of(preset), value).csatScale();
        return configured(ScoringRules.of(preset, scale), value);
    }

    /** The configuration key of setting {@code setting}: {@code avgCsat.goodAverage} is {@code chm.scoring.parameter.avgCsat.good-average}. */
    static String configKey(String setting) {
        String[] parts = setting.split("\\.");
        boolean parameter = parts.length > 1 && Arrays.stream(Parameter.values())
                .anyMatch(candidate -> candidate.key().equals(parts[0]));
        StringBuilder key = new StringBuilder("chm.scoring.").append(parameter ? "parameter." + parts[0] : kebab(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            key.append('.').append(kebab(parts[i]));
        }
        return key.toString();
    }

    private static ScoringRules configured(ScoringRules fallback, Function<String, Optional<String>> value) {
        Map<String, String> defaults = RuleSettings.of(fallback);
        try {
            return RuleSettings.read(setting -> value.apply(setting).orElse(defaults.get(setting)));
        } catch (InvalidRulesException e) {
            throw new InvalidRulesException(configKey(e.setting()), e.problem());
        }
    }

    /** {@code goodAverage} as {@code good-average}; {@code cutoffs} is configured in the singular. */
    private static String kebab(String name) {
        return "cutoffs".equals(name) ? "cutoff" : name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

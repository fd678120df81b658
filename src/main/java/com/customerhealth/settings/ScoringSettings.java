package com.customerhealth.settings;

import com.customerhealth.scoring.BandPoints;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.ScoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    Config config;

    @Override
    public ScoringRules rulesFor(String tenantId) {
        List<String> latest = em.createQuery("select v.rules from ConfigurationVersion v where v.tenantId = :tenant"
                        + " order by v.version desc", String.class)
                .setParameter("tenant", tenantId).setMaxResults(1).getResultList();
        return latest.isEmpty() ? configuredRules() : RulesJson.read(latest.get(0));
    }

    /**
     * The rules MicroProfile Config describes.
     *
     * @throws com.customerhealth.scoring.InvalidRulesException when the configured values contradict each
     *                                                          other, naming the setting at fault
     */
    public ScoringRules configuredRules() {
        Preset preset = Preset.fromKey(text("chm.scoring.preset", Preset.B2C_SMALL.key()));
        CsatScale scale = new CsatScale(decimal("chm.scoring.csat-scale.min", 1), decimal("chm.scoring.csat-scale.max", 3));
        // The preset's CSAT thresholds are written for 1–3: on another scale they are mapped onto it.
        ScoringRules rules = ScoringRules.of(preset, scale)
                .withPoints(new BandPoints(number("chm.scoring.points.good", 100),
                        number("chm.scoring.points.average", 50), number("chm.scoring.points.poor", 0)))
                .withCutoffs(new HealthCutoffs(number("chm.scoring.cutoff.healthy", 70),
                        number("chm.scoring.cutoff.average", 40)))
                .withWindowDays(number("chm.scoring.window-days", ScoringRules.DEFAULT_WINDOW_DAYS))
                .withCompanyMode(CompanyScoreMode.fromKey(text("chm.scoring.company-mode",
                        CompanyScoreMode.MEAN.key())));
        for (Parameter parameter : Parameter.values()) {
            rules = rules.withRule(configuredRule(rules.rule(parameter)));
        }
        return rules;
    }

    private ParameterRule configuredRule(ParameterRule preset) {
        String prefix = "chm.scoring.parameter." + preset.parameter().key() + ".";
        return new ParameterRule(preset.parameter(),
                config.getOptionalValue(prefix + "enabled", Boolean.class).orElse(preset.enabled()),
                decimal(prefix + "good-average", preset.goodAverage()),
                decimal(prefix + "average-poor", preset.averagePoor()),
                decimal(prefix + "weight", preset.weight()));
    }

    private String text(String key, String fallback) {
        return config.getOptionalValue(key, String.class).orElse(fallback);
    }

    private int number(String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }

    private double decimal(String key, double fallback) {
        return config.getOptionalValue(key, Double.class).orElse(fallback);
    }
}

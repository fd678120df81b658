package com.customerhealth.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that turns measured values into scores: one rule per parameter, the points per band, the
 * colour cut-offs, the CSAT scale, the window and how a company's score is formed.
 *
 * <pre>{@code
 * ScoringRules rules = ScoringRules.of(Preset.B2C_SMALL)
 *         .withRule(Preset.B2C_SMALL.rule(Parameter.AVG_CSAT).withWeight(2));
 * Score score = rules.score(Measurements.of(3.0, 1, 0, 2.9));
 * }</pre>
 *
 * @param rules       one rule for each of the four parameters
 * @param points      points per band
 * @param cutoffs     the scores dividing the colours
 * @param csatScale   the scale ratings are mapped onto
 * @param windowDays  the window W, in days
 * @param companyMode how a company's score is formed from its customers'
 */
public record ScoringRules(Map<Parameter, ParameterRule> rules, BandPoints points, HealthCutoffs cutoffs,
                           CsatScale csatScale, int windowDays, CompanyScoreMode companyMode) {

    /** The window W unless configured otherwise. */
    public static final int DEFAULT_WINDOW_DAYS = 60;

    public ScoringRules {
        EnumMap<Parameter, ParameterRule> copy = new EnumMap<>(Parameter.class);
        copy.putAll(rules);
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = copy.get(parameter);
            if (rule == null || rule.parameter() != parameter) {
                throw new InvalidRulesException(parameter.key(), "noRule");
            }
        }
        if (copy.values().stream().noneMatch(ParameterRule::enabled)) {
            throw new InvalidRulesException("parameters", "noneOn");
        }
        if (windowDays < 1 || windowDays > 3650) {
            throw new InvalidRulesException("windowDays", "windowRange", 1, 3650, windowDays);
        }
        if (points == null || cutoffs == null || csatScale == null || companyMode == null) {
            throw new IllegalArgumentException("points, cut-offs, CSAT scale and company mode are all needed");
        }
        rules = Collections.unmodifiableMap(copy);
    }

    /** The rules of {@code preset} with every other setting at its default. */
    public static ScoringRules of(Preset preset) {
        return of(preset, CsatScale.DEFAULT);
    }

    /** The rules of {@code preset} on the CSAT scale {@code scale} (its CSAT thresholds mapped onto it). */
    public static ScoringRules of(Preset preset, CsatScale scale) {
        Map<Parameter, ParameterRule> rules = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            rules.put(parameter, preset.rule(parameter, scale));
        }
        return new ScoringRules(rules, BandPoints.DEFAULT, HealthCutoffs.DEFAULT, scale, DEFAULT_WINDOW_DAYS,
                CompanyScoreMode.MEAN);
    }

    /** The rule of {@code parameter}. */
    public ParameterRule rule(Parameter parameter) {
        return rules.get(parameter);
    }

    /** These rules with {@code rule} in place of the one of its parameter. */
    public ScoringRules withRule(ParameterRule rule) {
        Map<Parameter, ParameterRule> changed = new EnumMap<>(rules);
        changed.put(rule.parameter(), rule);
        return new ScoringRules(changed, points, cutoffs, csatScale, windowDays, companyMode);
    }

    public ScoringRules withPoints(BandPoints newPoints) {
        return new ScoringRules(rules, newPoints, cutoffs, csatScale, windowDays, companyMode);
    }

    public ScoringRules withCutoffs(HealthCutoffs newCutoffs) {
        return new ScoringRules(rules, points, newCutoffs, csatScale, windowDays, companyMode);
    }

    public ScoringRules withCsatScale(CsatScale newScale) {
        return new ScoringRules(rules, points, cutoffs, newScale, windowDays, companyMode);
    }

    public ScoringRules withWindowDays(int newWindowDays) {
        return new ScoringRules(rules, points, cutoffs, csatScale, newWindowDays, companyMode);
    }

    public ScoringRules withCompanyMode(CompanyScoreMode newMode) {
        return new ScoringRules(rules, points, cutoffs, csatScale, windowDays, newMode);
    }

    /**
     * The score of one customer: each enabled parameter with a value earns the points of its band, and
     * the score is their weighted mean rounded half up, computed exactly (weights are the decimals they are
     * written as); parameters switched off or without data are left out, and when none is left there is
     * no score.
     */
    public Score score(Measurements measured) {
        List<ParameterScore> lines = new ArrayList<>();
        Fraction weightedPoints = Fraction.ZERO;
        Fraction totalWeight = Fraction.ZERO;
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = rules.get(parameter);
            Optional<Fraction> value = measured.valueOf(parameter);
            Band band = value.map(rule::band).orElse(Band.NO_DATA);
            Integer earned = null;
            if (rule.enabled() && band != Band.NO_DATA) {
                earned = points.of(band);
                Fraction weight = Fraction.of(rule.weight());
                weightedPoints = weightedPoints.add(Fraction.of(earned).multiply(weight));
                totalWeight = totalWeight.add(weight);
            }
            lines.add(new ParameterScore(parameter, rule.enabled(), value.map(Fraction::doubleValue).orElse(null), band,
                    earned, rule.weight(), rule.goodAverage(), rule.averagePoor(),
                    parameter == Parameter.AVG_CSAT ? csatScale.max() : null));
        }
        Integer value = totalWeight.signum() == 0 ? null : (int) weightedPoints.divide(totalWeight).roundHalfUp();
        return new Score(value, cutoffs.healthOf(value), lines);
    }

    /** The score of a company whose customers scored {@code members}, formed by {@link #companyMode()}. */
    public CompanyScore companyScore(List<MemberScore> members) {
        Integer value = companyMode.combine(members);
        return new CompanyScore(value, cutoffs.healthOf(value), companyMode, members);
    }
}

package com.customerhealth.settings;

import com.customerhealth.scoring.BandPoints;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.Direction;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.ScoringRules;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings page's fields as the admin typed them, text until they are read: every field is checked
 * on its own, so that each wrong one gets its message at once, keyed by the setting's name as
 * {@link InvalidRulesException#setting()} names it.
 *
 * <pre>{@code
 * SettingsForm form = SettingsForm.of(rules);
 * form.parameter(Parameter.AVG_CSAT).setGoodAverage("abc");
 * Map<String, String> errors = new LinkedHashMap<>();
 * form.rules(errors);   // empty; errors: {avgCsat.goodAverage=must be a number}
 * }</pre>
 */
public class SettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One parameter's row of the form. */
    public static class ParameterFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Parameter parameter;
        private boolean enabled;
        private String goodAverage;
        private String averagePoor;
        private String weight;

        ParameterFields(ParameterRule rule) {
            this.parameter = rule.parameter();
            fill(rule);
        }

        void fill(ParameterRule rule) {
            enabled = rule.enabled();
            goodAverage = number(rule.goodAverage());
            averagePoor = number(rule.averagePoor());
            weight = number(rule.weight());
        }

        public String getKey() {
            return parameter.key();
        }

        public String getTitle() {
            return parameter.title();
        }

        /** How the two thresholds are read, in words, such as "lower is better: good up to the first…". */
        public String getDirection() {
            return parameter.direction() == Direction.LOWER_IS_BETTER
                    ? "Lower is better: good up to the first threshold, poor above the second."
                    : "Higher is better: good from the first threshold up, poor below the second.";
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getGoodAverage() {
            return goodAverage;
        }

        public void setGoodAverage(String goodAverage) {
            this.goodAverage = goodAverage;
        }

        public String getAveragePoor() {
            return averagePoor;
        }

        public void setAveragePoor(String averagePoor) {
            this.averagePoor = averagePoor;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }
    }

    private final List<ParameterFields> parameters = new ArrayList<>();
    private String windowDays;
    private String csatMin;
    private String csatMax;
    private String pointsGood;
    private String pointsAverage;
    private String pointsPoor;
    private String cutoffHealthy;
    private String cutoffAverage;
    private String companyMode;

    /** A form showing {@code rules}. */
    public static SettingsForm of(ScoringRules rules) {
        SettingsForm form = new SettingsForm();
        for (Parameter parameter : Parameter.values()) {
            form.parameters.add(new ParameterFields(rules.rule(parameter)));
        }
        form.windowDays = Integer.toString(rules.windowDays());
        form.csatMin = number(rules.csatScale().min());
        form.csatMax = number(rules.csatScale().max());
        form.pointsGood = Integer.toString(rules.points().good());
        form.pointsAverage = Integer.toString(rules.points().average());
        form.pointsPoor = Integer.toString(rules.points().poor());
        form.cutoffHealthy = Integer.toString(rules.cutoffs().healthy());
        form.cutoffAverage = Integer.toString(rules.cutoffs().average());
        form.companyMode = rules.companyMode().key();
        return form;
    }

    /**
     * Fills every parameter's row with {@code preset}'s numbers: switched on, its two thresholds, weight
     * 1, the CSAT thresholds mapped onto the scale the form holds (onto 1–3 while it holds no valid one).
     * The window, scale, points, cut-offs and company mode stay as they are: a preset says nothing of them.
     */
    public void apply(Preset preset) {
        CsatScale scale = typedScale();
        for (ParameterFields row : parameters) {
            row.fill(preset.rule(row.parameter, scale));
        }
    }

    private CsatScale typedScale() {
        Map<String, String> ignored = new LinkedHashMap<>();
        Double min = decimal(csatMin, "csatScale.min", ignored);
        Double max = decimal(csatMax, "csatScale.max", ignored);
        try {
            return min == null || max == null ? CsatScale.DEFAULT : new CsatScale(min, max);
        } catch (IllegalArgumentException e) {
            return CsatScale.DEFAULT;
        }
    }

    /** The row of {@code parameter}. */
    public ParameterFields parameter(Parameter parameter) {
        return parameters.stream().filter(row -> row.parameter == parameter).findFirst().orElseThrow();
    }

    /**
     * The rules the fields describe, or empty when one is wrong, each wrong one then in {@code errors}
     * under its setting's name with what is wrong with it.
     */
    public Optional<ScoringRules> rules(Map<String, String> errors) {
        Map<String, String> found = new LinkedHashMap<>();
        Map<Parameter, ParameterRule> rules = new EnumMap<>(Parameter.class);
        for (ParameterFields row : parameters) {
            String key = row.getKey();
            Double good = decimal(row.goodAverage, key + ".goodAverage", found);
            Double poor = decimal(row.averagePoor, key + ".averagePoor", found);
            Double weight = decimal(row.weight, key + ".weight", found);
            if (good != null && poor != null && weight != null) {
                check(() -> rules.put(row.parameter,
                        new ParameterRule(row.parameter, row.enabled, good, poor, weight)), found);
            }
        }
        Integer window = whole(windowDays, "windowDays", found);
        Double min = decimal(csatMin, "csatScale.min", found);
        Double max = decimal(csatMax, "csatScale.max", found);
        Integer good = whole(pointsGood, "points.good", found);
        Integer average = whole(pointsAverage, "points.average", found);
        Integer poor = whole(pointsPoor, "points.poor", found);
        Integer healthy = whole(cutoffHealthy, "cutoffs.healthy", found);
        Integer averageCutoff = whole(cutoffAverage, "cutoffs.average", found);
        CsatScale scale = min == null || max == null ? null : check(() -> new CsatScale(min, max), found);
        BandPoints points = good == null || average == null || poor == null ? null
                : check(() -> new BandPoints(good, average, poor), found);
        HealthCutoffs cutoffs = healthy == null || averageCutoff == null ? null
                : check(() -> new HealthCutoffs(healthy, averageCutoff), found);
        CompanyScoreMode mode = check(() -> CompanyScoreMode.fromKey(companyMode), found);
        if (found.isEmpty()) {
            ScoringRules valid = check(() -> new ScoringRules(rules, points, cutoffs, scale, window, mode), found);
            if (valid != null) {
                return Optional.of(valid);
            }
        }
        errors.putAll(found);
        return Optional.empty();
    }

    private static <T> T check(Supplier<T> build, Map<String, String> errors) {
        try {
            return build.get();
        } catch (InvalidRulesException e) {
            errors.putIfAbsent(e.setting(), e.reason());
            return null;
        }
    }

    private static Double decimal(String text, String setting, Map<String, String> errors) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.trim().replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);
            }
            if (value < 0) {
                errors.put(setting, "must not be negative");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(setting, "must be a number");
            return null;
        }
    }

    private static Integer whole(String text, String setting, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            if (value < 0) {
                errors.put(setting, "must not be negative");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(setting, "must be a whole number");
            return null;
        }
    }

    /** 4 rather than 4.0. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public List<ParameterFields> getParameters() {
        return parameters;
    }

    public String getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(String windowDays) {
        this.windowDays = windowDays;
    }

    public String getCsatMin() {
        return csatMin;
    }

    public void setCsatMin(String csatMin) {
        this.csatMin = csatMin;
    }

    public String getCsatMax() {
        return csatMax;
    }

    public void setCsatMax(String csatMax) {
        this.csatMax = csatMax;
    }

    public String getPointsGood() {
        return pointsGood;
    }

    public void setPointsGood(String pointsGood) {
        this.pointsGood = pointsGood;
    }

    public String getPointsAverage() {
        return pointsAverage;
    }

    public void setPointsAverage(String pointsAverage) {
        this.pointsAverage = pointsAverage;
    }

    public String getPointsPoor() {
        return pointsPoor;
    }

    public void setPointsPoor(String pointsPoor) {
        this.pointsPoor = pointsPoor;
    }

    public String getCutoffHealthy() {
        return cutoffHealthy;
    }

    public void setCutoffHealthy(String cutoffHealthy) {
        this.cutoffHealthy = cutoffHealthy;
    }

    public String getCutoffAverage() {
        return cutoffAverage;
    }

    public void setCutoffAverage(String cutoffAverage) {
        this.cutoffAverage = cutoffAverage;
    }

    public String getCompanyMode() {
        return companyMode;
    }

    public void setCompanyMode(String companyMode) {
        this.companyMode = companyMode;
    }
}

package com.customerhealth.settings;

import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.Direction;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RuleProblem;
import com.customerhealth.scoring.RuleSettings;
import com.customerhealth.scoring.ScoringRules;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings page's fields as the admin typed them, text until they are read: every field is checked
 * on its own, so that each wrong one gets its message at once, keyed by the setting's name as
 * {@link InvalidRulesException#setting()} names it.
 *
 * <pre>{@code
 * SettingsForm form = SettingsForm.of(rules);
 * form.parameter(Parameter.AVG_CSAT).setGoodAverage("abc");
 * Map<String, RuleProblem> errors = new LinkedHashMap<>();
 * form.rules(errors);   // empty; errors: {avgCsat.goodAverage=RuleProblem[key=number…]}
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
            goodAverage = RuleSettings.text(rule.goodAverage());
            averagePoor = RuleSettings.text(rule.averagePoor());
            weight = RuleSettings.text(rule.weight());
        }

        public String getKey() {
            return parameter.key();
        }

        /** How the two thresholds are read, as the key of its text: {@code lower_is_better} or {@code higher_is_better}. */
        public String getDirectionKey() {
            return parameter.direction() == Direction.LOWER_IS_BETTER ? "lower_is_better" : "higher_is_better";
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
        Map<String, String> settings = RuleSettings.of(rules);
        form.windowDays = settings.get("windowDays");
        form.csatMin = settings.get("csatScale.min");
        form.csatMax = settings.get("csatScale.max");
        form.pointsGood = settings.get("points.good");
        form.pointsAverage = settings.get("points.average");
        form.pointsPoor = settings.get("points.poor");
        form.cutoffHealthy = settings.get("cutoffs.healthy");
        form.cutoffAverage = settings.get("cutoffs.average");
        form.companyMode = settings.get("companyMode");
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

    /**
     * The preset whose numbers {@code rules} hold for every parameter (switched on, its thresholds on the
     * rules' CSAT scale, weight 1), if one does: the preset a tenant's rules came from and still follow.
     */
    public static Optional<Preset> presetOf(ScoringRules rules) {
        Map<String, String> settings = RuleSettings.of(rules);
        for (Preset preset : Preset.values()) {
            SettingsForm form = of(rules);
            form.apply(preset);
            if (form.rules(new LinkedHashMap<>()).map(RuleSettings::of).filter(settings::equals).isPresent()) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }

    private CsatScale typedScale() {
        Map<String, Object> scale = new LinkedHashMap<>(RuleSettings.values(ScoringRules.of(Preset.B2C_SMALL)));
        scale.put("csatScale.min", typed(csatMin));
        scale.put("csatScale.max", typed(csatMax));
        return RuleSettings.read(scale::get, new LinkedHashMap<>()).map(ScoringRules::csatScale).orElse(CsatScale.DEFAULT);
    }

    /** The row of {@code parameter}. */
    public ParameterFields parameter(Parameter parameter) {
        return parameters.stream().filter(row -> row.parameter == parameter).findFirst().orElseThrow();
    }

    /**
     * The rules the fields describe, or empty when one is wrong, each wrong one then in {@code errors}
     * under its setting's name with what is wrong with it.
     */
    public Optional<ScoringRules> rules(Map<String, RuleProblem> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterFields row : parameters) {
            String key = row.getKey() + ".";
            values.put(key + "enabled", row.enabled);
            values.put(key + "goodAverage", typed(row.goodAverage));
            values.put(key + "averagePoor", typed(row.averagePoor));
            values.put(key + "weight", typed(row.weight));
        }
        values.put("windowDays", typed(windowDays));
        values.put("csatScale.min", typed(csatMin));
        values.put("csatScale.max", typed(csatMax));
        values.put("points.good", typed(pointsGood));
        values.put("points.average", typed(pointsAverage));
        values.put("points.poor", typed(pointsPoor));
        values.put("cutoffs.healthy", typed(cutoffHealthy));
        values.put("cutoffs.average", typed(cutoffAverage));
        values.put("companyMode", companyMode);
        return RuleSettings.read(values::get, errors);
    }

    /** A field left empty holds no number, rather than no value: it is there on the form. */
    private static String typed(String field) {
        return field == null ? "" : field;
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

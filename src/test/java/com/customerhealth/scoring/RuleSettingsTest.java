package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one codec between scoring rules and their named settings, whatever carries the values. */
class RuleSettingsTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetsRulesReadBackFromTheirTextAndFromTheirValues(Preset preset) {
        ScoringRules rules = ScoringRules.of(preset, new CsatScale(0, 10)).withWindowDays(30)
                .withCompanyMode(CompanyScoreMode.LOWEST);

        assertEquals(rules, RuleSettings.read(RuleSettings.of(rules)::get));
        assertEquals(rules, RuleSettings.read(RuleSettings.values(rules)::get));
    }

    @Test
    void settingsAreNamedAndWrittenAsThePageShowsThem() {
        Map<String, String> settings = RuleSettings.of(ScoringRules.of(Preset.B2C_SMALL));

        assertEquals(4 * 4 + 9, settings.size());
        assertEquals("on", settings.get("avgCsat.enabled"));
        assertEquals("2.6", settings.get("avgCsat.goodAverage"));
        assertEquals("4", settings.get("avgInteractions.goodAverage"));
        assertEquals("100", settings.get("points.good"));
        assertEquals("mean", settings.get("companyMode"));
        assertEquals(new BigDecimal("2.3"), RuleSettings.values(ScoringRules.of(Preset.B2C_SMALL)).get("avgCsat.averagePoor"));
    }

    @Test
    void textWithADecimalCommaAndSpacesTrueFalseAndWholeDecimalsAreRead() {
        Map<String, Object> values = new HashMap<>(RuleSettings.of(ScoringRules.of(Preset.B2B)));
        values.put("avgCsat.goodAverage", " 3,5 ");
        values.put("avgCsat.enabled", "FALSE");
        values.put("windowDays", new BigDecimal("45.0"));

        ScoringRules rules = RuleSettings.read(values::get);

        assertEquals(3.5, rules.rule(Parameter.AVG_CSAT).goodAverage());
        assertEquals(false, rules.rule(Parameter.AVG_CSAT).enabled());
        assertEquals(45, rules.windowDays());
    }

    @Test
    void everyWrongSettingIsNamedWithWhatIsWrong() {
        Map<String, Object> values = new HashMap<>(RuleSettings.of(ScoringRules.of(Preset.B2B)));
        values.put("avgCsat.goodAverage", "abc");
        values.put("openTickets.weight", -1);
        values.put("avgInteractions.enabled", "maybe");
        values.put("windowDays", "1.5");
        values.put("points.good", new BigDecimal("1e20"));
        values.put("cutoffs.average", Boolean.TRUE);
        values.remove("companyMode");
        Map<String, RuleProblem> errors = new LinkedHashMap<>();

        assertEquals(Optional.empty(), RuleSettings.read(values::get, errors));

        assertEquals(Map.of("avgCsat.goodAverage", "number", "openTickets.weight", "notNegative",
                "avgInteractions.enabled", "onOff", "windowDays", "wholeNumber", "points.good", "outOfRange",
                "cutoffs.average", "wholeNumber", "companyMode", "missing"), keys(errors));
    }

    @Test
    void valuesThatReadButContradictEachOtherAreNamedByTheRuleTheyBreak() {
        Map<String, Object> values = new HashMap<>(RuleSettings.of(ScoringRules.of(Preset.B2B)));
        values.put("cutoffs.healthy", "30");
        values.put("cutoffs.average", "60");

        InvalidRulesException refused = assertThrows(InvalidRulesException.class, () -> RuleSettings.read(values::get));

        assertEquals("cutoffs.average", refused.setting());
        assertEquals(new RuleProblem("cutoffOrder", 60, 30), refused.problem());
    }

    private static Map<String, String> keys(Map<String, RuleProblem> errors) {
        Map<String, String> keys = new LinkedHashMap<>();
        errors.forEach((setting, problem) -> keys.put(setting, problem.key()));
        return keys;
    }
}

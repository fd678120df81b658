package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RuleProblem;
import com.customerhealth.scoring.ScoringRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsFormTest {

    private static final ScoringRules SMALL = ScoringRules.of(Preset.B2C_SMALL);

    static Stream<Arguments> wrongFields() {
        return Stream.of(
                Arguments.of((Consumer<SettingsForm>) form -> form.parameter(Parameter.AVG_CSAT).setGoodAverage("abc"),
                        Map.of("avgCsat.goodAverage", "must be a number")),
                Arguments.of((Consumer<SettingsForm>) form -> form.parameter(Parameter.OPEN_TICKETS).setWeight("-2"),
                        Map.of("openTickets.weight", "must not be negative")),
                Arguments.of((Consumer<SettingsForm>) form -> form.parameter(Parameter.OPEN_TICKETS).setWeight("0"),
                        Map.of("openTickets.weight", "must be a number above 0")),
                Arguments.of((Consumer<SettingsForm>) form -> {
                    form.parameter(Parameter.TICKETS_IN_WINDOW).setGoodAverage("5");
                    form.setWindowDays("");
                }, Map.of("ticketsInWindow.goodAverage", "for Tickets in the window lower is better, so the"
                        + " good/average threshold must be at most the average/poor one (5 vs 3)",
                        "windowDays", "must be a whole number")),
                Arguments.of((Consumer<SettingsForm>) form -> {
                    form.setCutoffHealthy("30");
                    form.setCutoffAverage("60");
                }, Map.of("cutoffs.average", "must not be above the healthy cut-off (60 > 30)")),
                Arguments.of((Consumer<SettingsForm>) form -> {
                    for (Parameter parameter : Parameter.values()) {
                        form.parameter(parameter).setEnabled(false);
                    }
                }, Map.of("parameters", "at least one parameter must be switched on")),
                Arguments.of((Consumer<SettingsForm>) form -> form.setCsatMax("1"),
                        Map.of("csatScale", "the lowest rating must be below the highest (1 to 1)")),
                Arguments.of((Consumer<SettingsForm>) form -> form.setPointsAverage("1.5"),
                        Map.of("points.average", "must be a whole number")));
    }

    @ParameterizedTest
    @MethodSource("wrongFields")
    void eachWrongFieldGetsItsMessageAndNoRules(Consumer<SettingsForm> edit, Map<String, String> expected) {
        SettingsForm form = SettingsForm.of(SMALL);
        edit.accept(form);
        Map<String, RuleProblem> errors = new LinkedHashMap<>();

        Optional<ScoringRules> rules = form.rules(errors);

        assertTrue(rules.isEmpty());
        assertEquals(expected, in(errors, Texts.english()));
    }

    @Test
    void unchangedFieldsReadBackAsTheRules() {
        ScoringRules rules = SMALL.withWindowDays(30).withCompanyMode(CompanyScoreMode.LOWEST)
                .withRule(SMALL.rule(Parameter.AVG_CSAT).withWeight(2.5).withEnabled(false));
        Map<String, RuleProblem> errors = new LinkedHashMap<>();

        assertEquals(Optional.of(rules), SettingsForm.of(rules).rules(errors));
        assertEquals(Map.of(), errors);
    }

    @Test
    void aPresetFillsEveryParameterAndKeepsTheRest() {
        SettingsForm form = SettingsForm.of(SMALL.withWindowDays(30)
                .withRule(SMALL.rule(Parameter.AVG_CSAT).withEnabled(false).withWeight(3)));

        form.apply(Preset.B2B);

        assertEquals(Optional.of(ScoringRules.of(Preset.B2B).withWindowDays(30)), form.rules(new LinkedHashMap<>()));
        assertEquals("10", form.parameter(Parameter.TICKETS_IN_WINDOW).getGoodAverage());
        assertEquals("2.8", form.parameter(Parameter.AVG_CSAT).getGoodAverage());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void rulesMadeFromAPresetAreKnownToFollowIt(Preset preset) {
        assertEquals(Optional.of(preset), SettingsForm.presetOf(ScoringRules.of(preset)));

        SettingsForm form = SettingsForm.of(ScoringRules.of(preset));
        form.setWindowDays("30");
        form.setCompanyMode(CompanyScoreMode.LOWEST.key());
        assertEquals(Optional.of(preset), SettingsForm.presetOf(form.rules(new LinkedHashMap<>()).orElseThrow()),
                "a preset says nothing of the window or the company score");

        form.parameter(Parameter.OPEN_TICKETS).setWeight("2");
        assertEquals(Optional.empty(), SettingsForm.presetOf(form.rules(new LinkedHashMap<>()).orElseThrow()),
                "a weight other than 1 follows no preset");
    }

    private static Map<String, String> in(Map<String, RuleProblem> errors, Texts texts) {
        Map<String, String> words = new LinkedHashMap<>();
        errors.forEach((setting, problem) -> words.put(setting, RuleWords.of(problem, texts)));
        return words;
    }
}

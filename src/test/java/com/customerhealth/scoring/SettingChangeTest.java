package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingChangeTest {

    private static final ScoringRules SMALL = ScoringRules.of(Preset.B2C_SMALL);

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("nothing", UnaryOperator.<ScoringRules>identity(), List.of()),
                Arguments.of("a threshold", (UnaryOperator<ScoringRules>) rules -> rules.withRule(
                                rules.rule(Parameter.AVG_CSAT).withThresholds(2.7, 2.3)),
                        List.of(new SettingChange("avgCsat.goodAverage", "2.6", "2.7"))),
                Arguments.of("a parameter off", (UnaryOperator<ScoringRules>) rules -> rules.withRule(
                                rules.rule(Parameter.OPEN_TICKETS).withEnabled(false)),
                        List.of(new SettingChange("openTickets.enabled", "on", "off"))),
                Arguments.of("a weight", (UnaryOperator<ScoringRules>) rules -> rules.withRule(
                                rules.rule(Parameter.TICKETS_IN_WINDOW).withWeight(2.5)),
                        List.of(new SettingChange("ticketsInWindow.weight", "1", "2.5"))),
                Arguments.of("the window and the cut-offs", (UnaryOperator<ScoringRules>) rules -> rules
                                .withWindowDays(30).withCutoffs(new HealthCutoffs(80, 40)),
                        List.of(new SettingChange("windowDays", "60", "30"),
                                new SettingChange("cutoffs.healthy", "70", "80"))),
                Arguments.of("scale, points and mode", (UnaryOperator<ScoringRules>) rules -> rules
                                .withCsatScale(new CsatScale(1, 5)).withPoints(new BandPoints(100, 60, 0))
                                .withCompanyMode(CompanyScoreMode.LOWEST),
                        List.of(new SettingChange("csatScale.max", "3", "5"),
                                new SettingChange("points.average", "50", "60"),
                                new SettingChange("companyMode", "mean", "lowest"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void namesEverySettingThatDiffers(String edit, UnaryOperator<ScoringRules> change, List<SettingChange> expected) {
        assertEquals(expected, SettingChange.between(SMALL, change.apply(SMALL)));
    }

    @Test
    void presetsDifferInTheirThresholdsOnly() {
        List<SettingChange> changes = SettingChange.between(SMALL, ScoringRules.of(Preset.B2B));

        assertEquals(8, changes.size());
        assertEquals(new SettingChange("avgInteractions.goodAverage", "4", "5"), changes.get(0));
        assertEquals(new SettingChange("avgCsat.averagePoor", "2.3", "2.4"), changes.get(7));
    }
}

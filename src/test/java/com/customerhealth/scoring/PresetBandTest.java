package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresetBandTest {

    @ParameterizedTest(name = "{0} {1} = {2} is {3}")
    @CsvSource(textBlock = """
            # preset,    parameter,        value, band
            b2c-small,   avgInteractions,  4,     GOOD
            b2c-small,   avgInteractions,  4.01,  AVERAGE
            b2c-small,   avgInteractions,  6,     AVERAGE
            b2c-small,   avgInteractions,  6.01,  POOR
            b2c-small,   ticketsInWindow,  2,     GOOD
            b2c-small,   ticketsInWindow,  3,     AVERAGE
            b2c-small,   ticketsInWindow,  4,     POOR
            b2c-small,   openTickets,      2,     GOOD
            b2c-small,   openTickets,      3,     AVERAGE
            b2c-small,   openTickets,      4,     POOR
            b2c-small,   avgCsat,          2.6,   GOOD
            b2c-small,   avgCsat,          2.59,  AVERAGE
            b2c-small,   avgCsat,          2.3,   AVERAGE
            b2c-small,   avgCsat,          2.29,  POOR
            b2c-medium,  avgInteractions,  4,     GOOD
            b2c-medium,  avgInteractions,  4.01,  AVERAGE
            b2c-medium,  avgInteractions,  7,     AVERAGE
            b2c-medium,  avgInteractions,  7.01,  POOR
            b2c-medium,  ticketsInWindow,  3,     GOOD
            b2c-medium,  ticketsInWindow,  4,     AVERAGE
            b2c-medium,  ticketsInWindow,  5,     AVERAGE
            b2c-medium,  ticketsInWindow,  6,     POOR
            b2c-medium,  openTickets,      2,     GOOD
            b2c-medium,  openTickets,      3,     AVERAGE
            b2c-medium,  openTickets,      4,     AVERAGE
            b2c-medium,  openTickets,      5,     POOR
            b2c-medium,  avgCsat,          2.7,   GOOD
            b2c-medium,  avgCsat,          2.69,  AVERAGE
            b2c-medium,  avgCsat,          2.5,   AVERAGE
            b2c-medium,  avgCsat,          2.49,  POOR
            b2c-large,   avgInteractions,  4,     GOOD
            b2c-large,   avgInteractions,  4.01,  AVERAGE
            b2c-large,   avgInteractions,  8,     AVERAGE
            b2c-large,   avgInteractions,  8.01,  POOR
            b2c-large,   ticketsInWindow,  4,     GOOD
            b2c-large,   ticketsInWindow,  5,     AVERAGE
            b2c-large,   ticketsInWindow,  8,     AVERAGE
            b2c-large,   ticketsInWindow,  9,     POOR
            b2c-large,   openTickets,      3,     GOOD
            b2c-large,   openTickets,      4,     AVERAGE
            b2c-large,   openTickets,      5,     AVERAGE
            b2c-large,   openTickets,      6,     POOR
            b2c-large,   avgCsat,          2.8,   GOOD
            b2c-large,   avgCsat,          2.79,  AVERAGE
            b2c-large,   avgCsat,          2.4,   AVERAGE
            b2c-large,   avgCsat,          2.39,  POOR
            b2b,         avgInteractions,  5,     GOOD
            b2b,         avgInteractions,  5.01,  AVERAGE
            b2b,         avgInteractions,  10,    AVERAGE
            b2b,         avgInteractions,  10.01, POOR
            b2b,         ticketsInWindow,  10,    GOOD
            b2b,         ticketsInWindow,  11,    AVERAGE
            b2b,         ticketsInWindow,  20,    AVERAGE
            b2b,         ticketsInWindow,  21,    POOR
            b2b,         openTickets,      4,     GOOD
            b2b,         openTickets,      5,     AVERAGE
            b2b,         openTickets,      10,    AVERAGE
            b2b,         openTickets,      11,    POOR
            b2b,         avgCsat,          2.8,   GOOD
            b2b,         avgCsat,          2.79,  AVERAGE
            b2b,         avgCsat,          2.4,   AVERAGE
            b2b,         avgCsat,          2.39,  POOR
            """)
    void eachPresetBandsAtAndJustPastItsThresholds(String preset, String parameter, double value, Band band) {
        ParameterRule rule = Preset.fromKey(preset).rule(Parameter.fromKey(parameter));

        assertEquals(band, rule.band(Fraction.of(value)));
    }

    @ParameterizedTest(name = "{0}: {1} {2}/{3}, {4} {5}/{6}, {7} {8}/{9}, {10} {11}/{12}")
    @CsvSource(textBlock = """
            b2c-small,  avgInteractions, 4, 6,  ticketsInWindow, 2,  3,  openTickets, 2, 3,  avgCsat, 2.6, 2.3
            b2c-medium, avgInteractions, 4, 7,  ticketsInWindow, 3,  5,  openTickets, 2, 4,  avgCsat, 2.7, 2.5
            b2c-large,  avgInteractions, 4, 8,  ticketsInWindow, 4,  8,  openTickets, 3, 5,  avgCsat, 2.8, 2.4
            b2b,        avgInteractions, 5, 10, ticketsInWindow, 10, 20, openTickets, 4, 10, avgCsat, 2.8, 2.4
            """)
    void presetsCarryTheBestPracticeNumbers(String preset, String p1, double ga1, double ap1, String p2, double ga2,
                                            double ap2, String p3, double ga3, double ap3, String p4, double ga4,
                                            double ap4) {
        ScoringRules rules = ScoringRules.of(Preset.fromKey(preset));

        assertThresholds(rules, p1, ga1, ap1);
        assertThresholds(rules, p2, ga2, ap2);
        assertThresholds(rules, p3, ga3, ap3);
        assertThresholds(rules, p4, ga4, ap4);
    }

    private static void assertThresholds(ScoringRules rules, String parameter, double goodAverage, double averagePoor) {
        ParameterRule rule = rules.rule(Parameter.fromKey(parameter));
        assertEquals(goodAverage, rule.goodAverage(), parameter + " good/average");
        assertEquals(averagePoor, rule.averagePoor(), parameter + " average/poor");
        assertEquals(1, rule.weight(), parameter + " weight");
        assertEquals(true, rule.enabled(), parameter + " enabled");
    }
}

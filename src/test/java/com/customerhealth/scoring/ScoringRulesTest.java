package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRulesTest {

    private static final ScoringRules B2B = ScoringRules.of(Preset.B2B);

    /** Blank cells are parameters without data. B2B: interactions 5/10, tickets 10/20, open 4/10, CSAT 2.8/2.4. */
    @ParameterizedTest(name = "interactions {0}, tickets {1}, open {2}, csat {3} -> {4} {5}")
    @CsvSource(textBlock = """
            # avgInteractions, tickets, open, avgCsat, score, health
            3,    2,  0,  3,    100, HEALTHY
            6,    2,  0,  3,    88,  HEALTHY
            11,   2,  0,  3,    75,  HEALTHY
            11,   21, 0,  3,    50,  AVERAGE
            11,   21, 11, 3,    25,  POOR
            11,   21, 11, 1,    0,   POOR
            ,     2,  0,  ,     100, HEALTHY
            ,     21, 0,  ,     50,  AVERAGE
            ,     21, 11, 2.5,  17,  POOR
            6,    15, 5,  2.5,  50,  AVERAGE
            11,   21, 5,  3,    38,  POOR
            11,   15, 5,  3,    50,  AVERAGE
            """)
    void scoreIsTheRoundedMeanOfThePointsOfParametersWithData(Double interactions, int tickets, int open, Double csat,
                                                             int score, Health health) {
        Score scored = B2B.score(Measurements.of(interactions, tickets, open, csat));

        assertEquals(score, scored.value());
        assertEquals(health, scored.health());
    }

    @Test
    void parametersWithoutDataAreShownAsNoDataAndNeverCountAsPoor() {
        Score scored = B2B.score(Measurements.of(null, 0, 0, null));

        assertEquals(100, scored.value());
        ParameterScore csat = scored.parameters().get(Parameter.AVG_CSAT.ordinal());
        assertEquals(Band.NO_DATA, csat.band());
        assertNull(csat.value());
        assertNull(csat.points());
        assertFalse(csat.counted());
    }

    @Test
    void noScoreWhenNoEnabledParameterHasAValue() {
        ScoringRules csatOnly = B2B.withRule(B2B.rule(Parameter.TICKETS_IN_WINDOW).withEnabled(false))
                .withRule(B2B.rule(Parameter.OPEN_TICKETS).withEnabled(false))
                .withRule(B2B.rule(Parameter.AVG_INTERACTIONS).withEnabled(false));

        Score scored = csatOnly.score(Measurements.of(20.0, 30, 30, null));

        assertNull(scored.value());
        assertEquals(Health.NO_DATA, scored.health());
    }

    @Test
    void switchedOffParametersAreExplainedButDoNotCount() {
        ScoringRules withoutOpen = B2B.withRule(B2B.rule(Parameter.OPEN_TICKETS).withEnabled(false));

        Score scored = withoutOpen.score(Measurements.of(null, 0, 50, null));

        assertEquals(100, scored.value());
        ParameterScore open = scored.parameters().get(Parameter.OPEN_TICKETS.ordinal());
        assertEquals(50.0, open.value());
        assertEquals(Band.POOR, open.band());
        assertNull(open.points());
    }

    @Test
    void allParametersSwitchedOffIsRejected() {
        ScoringRules rules = B2B;
        for (Parameter parameter : Parameter.values()) {
            if (parameter != Parameter.AVG_CSAT) {
                rules = rules.withRule(rules.rule(parameter).withEnabled(false));
            }
        }
        ScoringRules lastOneOn = rules;

        InvalidRulesException refused = assertThrows(InvalidRulesException.class,
                () -> lastOneOn.withRule(lastOneOn.rule(Parameter.AVG_CSAT).withEnabled(false)));
        assertEquals("parameters", refused.setting());
    }

    @ParameterizedTest(name = "weights {0}/{1}/{2}/{3} -> {4}")
    @CsvSource(textBlock = """
            # weights of interactions (poor), tickets (good), open (average), csat (good); score
            1, 1, 1, 1, 63
            3, 1, 1, 1, 42
            1, 3, 1, 1, 75
            1, 1, 4, 1, 57
            0.5, 1, 1, 2, 78
            """)
    void weightsPullTheMeanTowardsHeavierParameters(double interactions, double tickets, double open, double csat,
                                                    int score) {
        ScoringRules weighted = B2B.withRule(B2B.rule(Parameter.AVG_INTERACTIONS).withWeight(interactions))
                .withRule(B2B.rule(Parameter.TICKETS_IN_WINDOW).withWeight(tickets))
                .withRule(B2B.rule(Parameter.OPEN_TICKETS).withWeight(open))
                .withRule(B2B.rule(Parameter.AVG_CSAT).withWeight(csat));

        assertEquals(score, weighted.score(Measurements.of(11.0, 1, 5, 3.0)).value());
    }

    @ParameterizedTest(name = "points {0}/{1}/{2}, cut-offs {3}/{4}: {5} -> {6} {7}")
    @CsvSource(textBlock = """
            100, 50, 0,  70, 40, 11, 50,  AVERAGE
            100, 80, 0,  70, 40, 11, 80,  HEALTHY
            100, 50, 10, 70, 40, 21, 10,  POOR
            100, 50, 0,  50, 20, 11, 50,  HEALTHY
            100, 50, 0,  90, 60, 11, 50,  POOR
            """)
    void pointsAndCutoffsAreConfigurable(int good, int average, int poor, int healthy, int averageCut,
                                         int tickets, int score, Health health) {
        ScoringRules ticketsOnly = B2B.withRule(B2B.rule(Parameter.AVG_INTERACTIONS).withEnabled(false))
                .withRule(B2B.rule(Parameter.OPEN_TICKETS).withEnabled(false))
                .withRule(B2B.rule(Parameter.AVG_CSAT).withEnabled(false))
                .withPoints(new BandPoints(good, average, poor))
                .withCutoffs(new HealthCutoffs(healthy, averageCut));

        Score scored = ticketsOnly.score(Measurements.of(null, tickets, 0, null));

        assertEquals(score, scored.value());
        assertEquals(health, scored.health());
    }

    @ParameterizedTest(name = "{0} with {1}/{2} is refused at {3}")
    @CsvSource(textBlock = """
            avgInteractions, 10,  5,   1, avgInteractions.goodAverage
            ticketsInWindow, 3,   2,   1, ticketsInWindow.goodAverage
            openTickets,     -1,  2,   1, openTickets.goodAverage
            openTickets,     1,   -2,  1, openTickets.averagePoor
            avgCsat,         2.4, 2.8, 1, avgCsat.goodAverage
            avgCsat,         2.8, 2.4, 0, avgCsat.weight
            avgCsat,         2.8, 2.4, -1, avgCsat.weight
            """)
    void thresholdsAgainstTheDirectionAndBadWeightsAreRefused(String parameter, double goodAverage,
                                                             double averagePoor, double weight, String setting) {
        InvalidRulesException refused = assertThrows(InvalidRulesException.class,
                () -> new ParameterRule(Parameter.fromKey(parameter), true, goodAverage, averagePoor, weight));

        assertEquals(setting, refused.setting());
    }

    @ParameterizedTest(name = "cut-offs {0}/{1} refused at {2}")
    @CsvSource(textBlock = """
            40,  70, cutoffs.average
            101, 40, cutoffs.healthy
            70,  -1, cutoffs.average
            """)
    void cutoffsOutOfOrderAreRefused(int healthy, int average, String setting) {
        InvalidRulesException refused = assertThrows(InvalidRulesException.class,
                () -> new HealthCutoffs(healthy, average));

        assertEquals(setting, refused.setting());
    }

    @Test
    void equalThresholdsLeaveNoAverageBand() {
        ParameterRule rule = new ParameterRule(Parameter.OPEN_TICKETS, true, 3, 3, 1);

        assertEquals(Band.GOOD, rule.band(Fraction.of(3)));
        assertEquals(Band.POOR, rule.band(Fraction.of(3.5)));
    }
}

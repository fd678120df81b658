package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores compared with thresholds and rounded exactly, and CSAT thresholds following their scale. */
class ExactScoringTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void weightsOfATenthMakeAMeanOfExactlyEightySevenAndAHalfThatRoundsToEightyEight() {
        ScoringRules rules = ScoringRules.of(Preset.B2B)
                .withRule(Preset.B2B.rule(Parameter.AVG_INTERACTIONS).withWeight(0.1))
                .withRule(Preset.B2B.rule(Parameter.TICKETS_IN_WINDOW).withWeight(1.0))
                .withRule(Preset.B2B.rule(Parameter.OPEN_TICKETS).withWeight(0.1));

        Score score = rules.score(Measurements.of(11.0, 1, 5, null));

        assertEquals(List.of(Band.POOR, Band.GOOD, Band.AVERAGE, Band.NO_DATA),
                score.parameters().stream().map(ParameterScore::band).toList());
        assertEquals(88, score.value(), "(0 x 0.1 + 100 x 1 + 50 x 0.1) / 1.2 = 87.5");
    }

    @Test
    void threeRatingsOfNineOnZeroToTenAverageExactlyTwoPointEightAndAreGoodForB2b() {
        Rating nine = new Rating(9, 0, 10);
        List<TicketFacts> tickets = List.of(rated(nine), rated(nine), rated(nine));

        Measurements measured = new MeasurementWindow(NOW, 60).measure(tickets, CsatScale.DEFAULT);

        assertEquals(Fraction.of(2.8), measured.avgCsat());
        assertEquals(Band.GOOD, Preset.B2B.rule(Parameter.AVG_CSAT).band(measured.avgCsat()));
    }

    @Test
    void aPresetsCsatThresholdsAreMappedOntoTheConfiguredScale() {
        CsatScale fiveStars = new CsatScale(1, 5);
        ScoringRules rules = ScoringRules.of(Preset.B2C_SMALL, fiveStars);

        assertEquals(4.2, rules.rule(Parameter.AVG_CSAT).goodAverage());
        assertEquals(3.6, rules.rule(Parameter.AVG_CSAT).averagePoor());
        Measurements measured = new MeasurementWindow(NOW, 60).measure(List.of(rated(new Rating(3, 1, 5))), fiveStars);
        assertEquals(Band.POOR, rules.score(measured).parameters().get(Parameter.AVG_CSAT.ordinal()).band(),
                "3 of 5 is below 3.6, where on 1-3 it was compared with 2.3 as it is");
        assertEquals(8.0, Preset.B2C_SMALL.rule(Parameter.AVG_CSAT, new CsatScale(0, 10)).goodAverage());
        assertEquals(Preset.B2B.rule(Parameter.AVG_INTERACTIONS), Preset.B2B.rule(Parameter.AVG_INTERACTIONS, fiveStars),
                "only CSAT is on a scale");
    }

    private static TicketFacts rated(Rating rating) {
        Instant at = NOW.minus(Duration.ofDays(2));
        return new TicketFacts(at, false, 1, at, rating, at);
    }
}

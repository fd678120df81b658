package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsatScaleTest {

    @ParameterizedTest(name = "{0} of {1}–{2} is {5} on {3}–{4}")
    @CsvSource(textBlock = """
            # rating, its min, its max, scale min, scale max, mapped
            5,   1, 5, 1, 3, 3
            1,   1, 5, 1, 3, 1
            3,   1, 5, 1, 3, 2
            4,   1, 5, 1, 3, 2.5
            2,   1, 3, 1, 3, 2
            1,   0, 1, 1, 3, 3
            0,   0, 1, 1, 3, 1
            7,   0, 10, 1, 3, 2.4
            2,   1, 3, 1, 5, 3
            3,   1, 5, 0, 100, 50
            """)
    void ratingsOfAnyScaleMapLinearlyOntoTheConfiguredOne(double rating, double min, double max, double scaleMin,
                                                          double scaleMax, double mapped) {
        assertEquals(mapped, new CsatScale(scaleMin, scaleMax).map(new Rating(rating, min, max)).doubleValue(), 1e-9);
    }

    @ParameterizedTest(name = "{0} of {1}–{2} is refused")
    @CsvSource(textBlock = """
            6,  1, 5
            0,  1, 5
            3,  5, 1
            1,  1, 1
            """)
    void ratingsOutsideTheirScaleAreRefused(double rating, double min, double max) {
        assertThrows(IllegalArgumentException.class, () -> new Rating(rating, min, max));
    }

    @ParameterizedTest(name = "scale {0}–{1} is refused")
    @CsvSource({"3, 1", "2, 2"})
    void aScaleRunsUpwards(double min, double max) {
        assertThrows(InvalidRulesException.class, () -> new CsatScale(min, max));
    }
}

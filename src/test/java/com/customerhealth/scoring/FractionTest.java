package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest(name = "{0}/{1} rounds to {2}")
    @CsvSource({"175, 2, 88", "349, 4, 87", "87, 1, 87", "1, 2, 1", "-1, 2, 0", "-3, 2, -1", "5, 2, 3", "0, 7, 0",
            "8749999, 100000, 87", "105, 1.2, 88"})
    void halvesRoundUp(String numerator, String denominator, long rounded) {
        Fraction value = Fraction.of(new BigDecimal(numerator)).divide(Fraction.of(new BigDecimal(denominator)));

        assertEquals(rounded, value.roundHalfUp());
    }

    @ParameterizedTest(name = "{0} is {1}/{2}")
    @CsvSource({"0.1, 1, 10", "2.6, 13, 5", "2.8, 14, 5", "100, 100, 1", "0.125, 1, 8", "-1.5, -3, 2"})
    void decimalsAreTheFractionsTheyAreWrittenAs(double decimal, long numerator, long denominator) {
        assertEquals(Fraction.of(numerator).divide(Fraction.of(denominator)), Fraction.of(decimal));
    }

    @Test
    void arithmeticIsExactWhereDoublesAreNot() {
        Fraction tenth = Fraction.of(0.1);
        Fraction three = tenth.add(tenth).add(tenth);

        assertEquals(Fraction.of(0.3), three, "0.1 + 0.1 + 0.1 is 0.3");
        assertTrue(0.1 + 0.1 + 0.1 != 0.3, "as a double it is not");
        assertEquals(Fraction.ONE, Fraction.of(1).divide(Fraction.of(3)).multiply(Fraction.of(3)));
    }

    @Test
    void aRandomSumOfDecimalsComparesAsTheirExactSum() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            BigDecimal exact = BigDecimal.ZERO;
            Fraction sum = Fraction.ZERO;
            for (int i = 0; i < 10; i++) {
                BigDecimal term = BigDecimal.valueOf(random.nextInt(100_000) - 50_000, 3);
                exact = exact.add(term);
                sum = sum.add(Fraction.of(term));
            }
            assertEquals(0, sum.compareTo(Fraction.of(exact)), exact.toString());
        }
    }

    @Test
    void zeroDenominatorsAndInfinitiesAreRefused() {
        assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
        assertThrows(ArithmeticException.class, () -> Fraction.of(Double.POSITIVE_INFINITY));
    }
}

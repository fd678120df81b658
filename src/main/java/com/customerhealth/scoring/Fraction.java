package com.customerhealth.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, for every value a threshold or a rounding judges: a mean of interactions, a
 * mean of ratings mapped onto another scale, a weighted mean of points. Binary floating point would make
 * three ratings of 9 on 0–10 average 2.7999999999999994 on 1–3 and a weighted mean of exactly 87.5 round
 * down; a fraction makes them 2.8 and 88.
 *
 * <pre>{@code
 * Fraction.of(7).divide(Fraction.of(2)).roundHalfUp();   // 4
 * Fraction.of(0.1);                                      // 1/10, as the decimal 0.1 means, not its double
 * }</pre>
 *
 * @param numerator   the numerator, any sign
 * @param denominator the denominator, above zero; the fraction is kept in lowest terms
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("A fraction's denominator cannot be 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger common = numerator.gcd(denominator);
        if (!common.equals(BigInteger.ONE) && common.signum() != 0) {
            numerator = numerator.divide(common);
            denominator = denominator.divide(common);
        }
    }

    /** The whole number {@code value}. */
    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * The decimal {@code value} is written as (its shortest decimal form, as {@link Double#toString} gives
     * it): 0.1 is one tenth. A number configured or sent as a decimal means that decimal.
     */
    public static Fraction of(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("Not a finite number: " + value);
        }
        return of(BigDecimal.valueOf(value));
    }

    /** The decimal {@code value}, exactly. */
    public static Fraction of(BigDecimal value) {
        return value.scale() <= 0
                ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public Fraction add(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction divide(Fraction other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("Division by zero");
        }
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    /** The nearest whole number, halves rounded up (towards positive infinity): 87.5 is 88, -0.5 is 0. */
    public long roundHalfUp() {
        BigInteger twice = numerator.shiftLeft(1).add(denominator);
        return floorDivide(twice, denominator.shiftLeft(1)).longValueExact();
    }

    /** The nearest double, to be shown; never to be compared with a threshold. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public boolean isAtMost(Fraction other) {
        return compareTo(other) <= 0;
    }

    public boolean isAtLeast(Fraction other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    private static BigInteger floorDivide(BigInteger a, BigInteger b) {
        BigInteger[] quotientAndRemainder = a.divideAndRemainder(b);
        return quotientAndRemainder[1].signum() < 0 ? quotientAndRemainder[0].subtract(BigInteger.ONE) : quotientAndRemainder[0];
    }
}

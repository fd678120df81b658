package com.customerhealth.scoring;

/**
 * The scale CSAT values are shown and judged on; every rating is mapped onto it linearly, so a 5 of 1–5
 * stars and a 3 of 1–3 are the same on any scale.
 *
 * @param min the lowest rating, 1 by default
 * @param max the highest rating, 3 by default (the presets' CSAT thresholds are on 1–3)
 */
public record CsatScale(double min, double max) {

    /** 1 to 3, the scale of the presets' thresholds. */
    public static final CsatScale DEFAULT = new CsatScale(1, 3);

    public CsatScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new InvalidRulesException("csatScale", "scaleOrder", min, max);
        }
    }

    /** {@code rating} moved linearly from its own scale onto this one, exactly. */
    public Fraction map(Rating rating) {
        return onto(Fraction.of(rating.value()), Fraction.of(rating.scaleMin()), Fraction.of(rating.scaleMax()));
    }

    /** {@code value}, a number on the scale from {@code fromMin} to {@code fromMax}, moved linearly onto this one. */
    public Fraction onto(Fraction value, Fraction fromMin, Fraction fromMax) {
        Fraction share = value.subtract(fromMin).divide(fromMax.subtract(fromMin));
        return Fraction.of(min).add(share.multiply(Fraction.of(max).subtract(Fraction.of(min))));
    }
}

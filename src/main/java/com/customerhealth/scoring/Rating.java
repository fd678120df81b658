package com.customerhealth.scoring;

/**
 * One CSAT rating on the scale it was given on: 4 of 1–5 stars, 1 of good/bad as 1/0.
 *
 * @param value    the rating
 * @param scaleMin the scale's lowest rating
 * @param scaleMax the scale's highest rating
 */
public record Rating(double value, double scaleMin, double scaleMax) {

    public Rating {
        if (!Double.isFinite(scaleMin) || !Double.isFinite(scaleMax) || scaleMin >= scaleMax) {
            throw new IllegalArgumentException("A rating scale runs from a lower to a higher number, not from "
                    + scaleMin + " to " + scaleMax);
        }
        if (!Double.isFinite(value) || value < scaleMin || value > scaleMax) {
            throw new IllegalArgumentException("The rating " + value + " is outside its scale " + scaleMin + " to "
                    + scaleMax);
        }
    }
}

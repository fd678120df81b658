package com.customerhealth.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The best-practice thresholds of the four kinds of business, good/average then average/poor for each
 * parameter. CSAT thresholds are on a 1–3 scale.
 */
public enum Preset {
    B2C_SMALL("b2c-small", "B2C, 1–10 employees", 4, 6, 2, 3, 2, 3, 2.6, 2.3),
    B2C_MEDIUM("b2c-medium", "B2C, 11–100 employees", 4, 7, 3, 5, 2, 4, 2.7, 2.5),
    B2C_LARGE("b2c-large", "B2C, over 100 employees", 4, 8, 4, 8, 3, 5, 2.8, 2.4),
    B2B("b2b", "B2B", 5, 10, 10, 20, 4, 10, 2.8, 2.4);

    private final String key;
    private final String title;
    private final Map<Parameter, double[]> thresholds = new EnumMap<>(Parameter.class);

    Preset(String key, String title, double interactionsGood, double interactionsPoor, double ticketsGood,
           double ticketsPoor, double openGood, double openPoor, double csatGood, double csatPoor) {
        this.key = key;
        this.title = title;
        thresholds.put(Parameter.AVG_INTERACTIONS, new double[] {interactionsGood, interactionsPoor});
        thresholds.put(Parameter.TICKETS_IN_WINDOW, new double[] {ticketsGood, ticketsPoor});
        thresholds.put(Parameter.OPEN_TICKETS, new double[] {openGood, openPoor});
        thresholds.put(Parameter.AVG_CSAT, new double[] {csatGood, csatPoor});
    }

    /** The key the configuration names the preset by, such as {@code b2c-small}. */
    public String key() {
        return key;
    }

    /** The name shown to admins. */
    public String title() {
        return title;
    }

    /** The preset's rule for {@code parameter}: switched on, weight 1, CSAT thresholds on 1–3. */
    public ParameterRule rule(Parameter parameter) {
        double[] pair = thresholds.get(parameter);
        return new ParameterRule(parameter, true, pair[0], pair[1], 1);
    }

    /**
     * The preset's rule for {@code parameter} on the CSAT scale {@code scale}: the CSAT thresholds, written
     * for 1–3, mapped onto it as ratings are (2.6 and 2.3 on 1–5 are 4.2 and 3.6).
     */
    public ParameterRule rule(Parameter parameter, CsatScale scale) {
        ParameterRule onDefaultScale = rule(parameter);
        if (parameter != Parameter.AVG_CSAT || scale.equals(CsatScale.DEFAULT)) {
            return onDefaultScale;
        }
        return onDefaultScale.withThresholds(onScale(onDefaultScale.goodAverage(), scale),
                onScale(onDefaultScale.averagePoor(), scale));
    }

    private static double onScale(double threshold, CsatScale scale) {
        Fraction mapped = scale.onto(Fraction.of(threshold), Fraction.of(CsatScale.DEFAULT.min()),
                Fraction.of(CsatScale.DEFAULT.max()));
        // Shown and stored as a decimal; a mapping that does not end is kept to 12 significant digits.
        return new BigDecimal(mapped.numerator()).divide(new BigDecimal(mapped.denominator()), new MathContext(12))
                .doubleValue();
    }

    /** The preset named {@code key} as {@link #key()} writes it. */
    public static Preset fromKey(String key) {
        return Arrays.stream(values()).filter(preset -> preset.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidRulesException("preset", "unknownPreset", key,
                        Arrays.stream(values()).map(Preset::key).toList()));
    }
}

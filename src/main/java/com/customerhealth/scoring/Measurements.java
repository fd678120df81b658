package com.customerhealth.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The measured value of each parameter for one customer at one moment, exactly; a parameter without a
 * value has no data (no ticket handled in the window, no rating in the window).
 *
 * @param avgInteractions mean interactions per ticket handled in the window, or {@code null}
 * @param ticketsInWindow tickets opened in the window
 * @param openTickets     tickets neither solved nor closed
 * @param avgCsat         mean latest rating, on the configured CSAT scale, or {@code null}
 */
public record Measurements(Fraction avgInteractions, int ticketsInWindow, int openTickets, Fraction avgCsat) {

    /** Measurements given as decimals, as a test or an example writes them. */
    public static Measurements of(Double avgInteractions, int ticketsInWindow, int openTickets, Double avgCsat) {
        return new Measurements(avgInteractions == null ? null : Fraction.of(avgInteractions), ticketsInWindow,
                openTickets, avgCsat == null ? null : Fraction.of(avgCsat));
    }

    /** The value of {@code parameter}, empty when it has no data. */
    public Optional<Fraction> valueOf(Parameter parameter) {
        return Optional.ofNullable(switch (parameter) {
            case AVG_INTERACTIONS -> avgInteractions;
            case TICKETS_IN_WINDOW -> Fraction.of(ticketsInWindow);
            case OPEN_TICKETS -> Fraction.of(openTickets);
            case AVG_CSAT -> avgCsat;
        });
    }

    /** Every parameter's value as shown, {@code null} for no data, in parameter order. */
    public Map<Parameter, Double> asMap() {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            values.put(parameter, valueOf(parameter).map(Fraction::doubleValue).orElse(null));
        }
        return Collections.unmodifiableMap(values);
    }
}

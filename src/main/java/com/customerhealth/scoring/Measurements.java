package com.customerhealth.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The measured value of each parameter for one customer at one moment; a parameter without a value has
 * no data (no ticket handled in the window, no rating in the window).
 *
 * @param avgInteractions mean interactions per ticket handled in the window, or {@code null}
 * @param ticketsInWindow tickets opened in the window
 * @param openTickets     tickets neither solved nor closed
 * @param avgCsat         mean latest rating, on the configured CSAT scale, or {@code null}
 */
public record Measurements(Double avgInteractions, int ticketsInWindow, int openTickets, Double avgCsat) {

    /** The value of {@code parameter}, empty when it has no data. */
    public OptionalDouble valueOf(Parameter parameter) {
        Double value = switch (parameter) {
            case AVG_INTERACTIONS -> avgInteractions;
            case TICKETS_IN_WINDOW -> (double) ticketsInWindow;
            case OPEN_TICKETS -> (double) openTickets;
            case AVG_CSAT -> avgCsat;
        };
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Every parameter's value, {@code null} for no data, in parameter order. */
    public Map<Parameter, Double> asMap() {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            OptionalDouble value = valueOf(parameter);
            values.put(parameter, value.isPresent() ? value.getAsDouble() : null);
        }
        return Collections.unmodifiableMap(values);
    }
}

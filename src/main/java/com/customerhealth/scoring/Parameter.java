package com.customerhealth.scoring;

import java.util.Arrays;

/** The four health parameters of a customer, each measured over the customer's tickets. */
public enum Parameter {
    /** Mean number of interactions per ticket, over the tickets handled in the window. */
    AVG_INTERACTIONS("avgInteractions", "Average case interactions", Direction.LOWER_IS_BETTER),
    /** Tickets the customer opened in the window, whatever their status now. */
    TICKETS_IN_WINDOW("ticketsInWindow", "Tickets in the window", Direction.LOWER_IS_BETTER),
    /** The customer's tickets neither solved nor closed, whatever their age. */
    OPEN_TICKETS("openTickets", "Currently open tickets", Direction.LOWER_IS_BETTER),
    /** Mean of the latest rating of each ticket whose latest rating falls in the window. */
    AVG_CSAT("avgCsat", "Average CSAT in the window", Direction.HIGHER_IS_BETTER);

    private final String key;
    private final String title;
    private final Direction direction;

    Parameter(String key, String title, Direction direction) {
        this.key = key;
        this.title = title;
        this.direction = direction;
    }

    /** The key the API, the configuration and the stored explanations use. */
    public String key() {
        return key;
    }

    /** The name shown to people. */
    public String title() {
        return title;
    }

    public Direction direction() {
        return direction;
    }

    /** The parameter whose {@link #key()} is {@code key}. */
    public static Parameter fromKey(String key) {
        return Arrays.stream(values()).filter(parameter -> parameter.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown health parameter '" + key + "'"));
    }
}

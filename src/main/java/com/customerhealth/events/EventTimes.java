package com.customerhealth.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Events from the future are refused: one dated years ahead would outrank every real change of its
 * ticket for good. A day of leeway covers helpdesks whose clocks run ahead and time zones written wrong.
 */
public final class EventTimes {

    /** How far ahead of the plugin's clock an event may be dated. */
    public static final Duration LEEWAY = Duration.ofDays(1);

    private EventTimes() {
    }

    /** Throws {@link InvalidEventException} naming the first time of {@code event} more than a day after {@code now}. */
    public static void notAhead(HelpdeskEvent event, Instant now) {
        Instant latest = now.plus(LEEWAY);
        for (Map.Entry<String, Instant> time : event.times().entrySet()) {
            if (time.getValue().isAfter(latest)) {
                throw new InvalidEventException(time.getKey(), time.getValue() + " is more than a day ahead of the"
                        + " plugin's clock (" + now + ")");
            }
        }
    }
}

package com.customerhealth.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Events a host application fires as CDI events, processed like HTTP ones, in the firing thread and its
 * own transaction. An event that cannot be applied throws, so the host learns of it where it fired it.
 */
@ApplicationScoped
public class HostEvents {

    @Inject
    EventProcessing processing;

    @Inject
    Clock clock;

    void onEvent(@Observes HelpdeskEvent event) {
        EventTimes.notAhead(event, clock.instant());
        Verdict verdict = processing.process(List.of(event)).get(0);
        if (Verdict.REJECTED.equals(verdict.status())) {
            throw new InvalidEventException("event " + event.header().id(), verdict.error());
        }
    }
}

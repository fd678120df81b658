package com.customerhealth.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The moments of every raised alert a receiver took, from the replayed event that caused it to the webhook
 * arriving, and how long each stretch between two moments took over all of them. The benchmark gathers the
 * moments from three clocks of one machine: the replay client's, the plugin's (its journal, its alert, its
 * sender's attempt) and the receiver's.
 *
 * <p>An alert counts when it was raised within the window measured, once, at the first arrival of its
 * message (a receiver may be sent a message again). An alert whose cause is no event, such as tickets leaving
 * the window as time passes, has no moment of receipt to be measured from: it is counted apart and left out,
 * as is one whose event the journal does not hold.
 */
final class AlertTimelines {

    /** A moment in an alert's way out, in order. */
    enum Moment {
        SENT("event sent by the replay client"),
        RECEIVED("event received by the server"),
        RAISED("alert raised, in the event's transaction"),
        ANSWERED("event's request answered, after its commit"),
        ATTEMPTED("sender's attempt began"),
        ARRIVED("webhook received");

        private final String words;

        Moment(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /**
     * A message that an alert was raised, as a receiver took it.
     *
     * @param messageId      the message's {@code webhook-id}
     * @param alertId        the alert's id
     * @param causeKind      the alert's {@code cause.kind}: {@code event} when an event moved the score
     * @param causeReference the id of that event; null for another kind of cause
     * @param raisedAt       the alert's {@code at}
     * @param arrivedAt      when the receiver had the whole request
     */
    record Taken(String messageId, String alertId, String causeKind, String causeReference, Instant raisedAt,
                 Instant arrivedAt) {
    }

    /**
     * What is known of the events and attempts: the moments by event id (sent, received, answered) and by
     * alert id (attempted); a moment unknown is left out of the stretches that need it.
     */
    record Sources(Map<String, Instant> sent, Map<String, Instant> received, Map<String, Instant> answered,
                   Map<String, Instant> attempted) {
    }

    private final List<String> alertIds;
    private final List<Map<Moment, Instant>> timelines;
    private final int withoutEvent;
    private final int notJournaled;
    private final int repeated;

    private AlertTimelines(List<String> alertIds, List<Map<Moment, Instant>> timelines, int withoutEvent,
                           int notJournaled, int repeated) {
        this.alertIds = alertIds;
        this.timelines = timelines;
        this.withoutEvent = withoutEvent;
        this.notJournaled = notJournaled;
        this.repeated = repeated;
    }

    /** The alerts of {@code taken} raised from {@code from} (included) to {@code until} (excluded), with their moments. */
    static AlertTimelines of(Collection<Taken> taken, Sources sources, Instant from, Instant until) {
        List<Taken> inWindow = taken.stream()
                .filter(message -> !message.raisedAt().isBefore(from) && message.raisedAt().isBefore(until))
                .sorted(Comparator.comparing(Taken::arrivedAt)).toList();
        Set<String> seen = new HashSet<>();
        List<String> alertIds = new ArrayList<>();
        List<Map<Moment, Instant>> timelines = new ArrayList<>();
        int withoutEvent = 0;
        int notJournaled = 0;
        int repeated = 0;
        for (Taken message : inWindow) {
            if (!seen.add(message.messageId())) {
                repeated++;
                continue;
            }
            String event = message.causeReference();
            if (!"event".equals(message.causeKind()) || event == null) {
                withoutEvent++;
                continue;
            }
            if (!sources.received().containsKey(event)) {
                notJournaled++;
                continue;
            }
            Map<Moment, Instant> moments = new EnumMap<>(Moment.class);
            moments.put(Moment.RECEIVED, sources.received().get(event));
            moments.put(Moment.RAISED, message.raisedAt());
            moments.put(Moment.ARRIVED, message.arrivedAt());
            putKnown(moments, Moment.SENT, sources.sent().get(event));
            putKnown(moments, Moment.ANSWERED, sources.answered().get(event));
            putKnown(moments, Moment.ATTEMPTED, sources.attempted().get(message.alertId()));
            alertIds.add(message.alertId());
            timelines.add(moments);
        }
        return new AlertTimelines(alertIds, timelines, withoutEvent, notJournaled, repeated);
    }

    private static void putKnown(Map<Moment, Instant> moments, Moment moment, Instant at) {
        if (at != null) {
            moments.put(moment, at);
        }
    }

    /** The alerts measured: raised in the window by an event the journal holds, each once. */
    int alerts() {
        return timelines.size();
    }

    /** Alerts in the window whose cause was no event, left out. */
    int withoutEvent() {
        return withoutEvent;
    }

    /** Alerts in the window whose cause event the journal did not hold, left out. */
    int notJournaled() {
        return notJournaled;
    }

    /** Arrivals of a message already taken, left out. */
    int repeated() {
        return repeated;
    }

    /**
     * One line per alert measured, in the order they arrived, after a header: its id and each moment in
     * microseconds since 1970 (empty when unknown), for looking at the slow ones one by one.
     */
    List<String> csv() {
        List<String> lines = new ArrayList<>(timelines.size() + 1);
        StringBuilder header = new StringBuilder("alert");
        for (Moment moment : Moment.values()) {
            header.append(',').append(moment.name().toLowerCase(Locale.ROOT)).append("_us");
        }
        lines.add(header.toString());
        for (int i = 0; i < timelines.size(); i++) {
            StringBuilder line = new StringBuilder(alertIds.get(i));
            for (Moment moment : Moment.values()) {
                Instant at = timelines.get(i).get(moment);
                line.append(',').append(at == null ? "" : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How long it took from {@code start} to {@code end}, over every alert both moments are known of. */
    LatencySummary between(Moment start, Moment end) {
        List<Long> nanos = new ArrayList<>(timelines.size());
        for (Map<Moment, Instant> moments : timelines) {
            if (moments.containsKey(start) && moments.containsKey(end)) {
                nanos.add(Duration.between(moments.get(start), moments.get(end)).toNanos());
            }
        }
        return LatencySummary.of(nanos);
    }
}

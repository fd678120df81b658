package com.customerhealth.replay;

import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The incident event log as events of the contract. One row is one update of an incident:
 * <ul>
 *   <li>the first row of an incident is {@code ticket.created}: {@code caller_id} is the customer,
 *       {@code location} the company, {@code opened_at} the creation time, {@code contact_type} the channel;</li>
 *   <li>every later row is one {@code ticket.interaction_added} (an update is a message on the ticket),
 *       plus {@code ticket.status_changed} when {@code incident_state} changed and
 *       {@code ticket.priority_changed} when {@code priority} did;</li>
 *   <li>states map New to new, Active to open, Awaiting … to pending, Resolved to solved, Closed to closed;</li>
 *   <li>every time is shifted by the same amount so that the last update happens at {@code endAt}, or, to
 *       replay the log's first events as if they had just happened, the last of those.</li>
 * </ul>
 * The log has no CSAT ratings, so replayed customers have no CSAT data. Rows without a caller are left out.
 *
 * @param events      the events, in the order they happened
 * @param rows        the rows read
 * @param rowsLeftOut rows left out for want of a caller
 */
public record IncidentLog(List<HelpdeskEvent> events, int rows, int rowsLeftOut) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

    private record Row(int line, String ticket, String state, String caller, String location, String priority,
                       String channel, LocalDateTime openedAt, LocalDateTime updatedAt) {
    }

    /**
     * The log read from {@code csv} as events of {@code tenantId} from {@code source}, the last at {@code endAt}.
     *
     * @throws IllegalArgumentException naming the line of a row that cannot be read
     */
    public static IncidentLog read(BufferedReader csv, String tenantId, String source, Instant endAt)
            throws IOException {
        return read(csv, tenantId, source, Integer.MAX_VALUE, endAt);
    }

    /**
     * The log read from {@code csv} as events of {@code tenantId} from {@code source}, every time shifted so
     * that the event numbered {@code endingWith} (from 1; the last, when there are fewer) happens at
     * {@code endAt}. A helpdesk's first events replayed so are as recent as its last would be: the scores, the
     * alerts' spikes and drops, count what happened within days of now.
     *
     * @throws IllegalArgumentException naming the line of a row that cannot be read
     */
    public static IncidentLog read(BufferedReader csv, String tenantId, String source, int endingWith, Instant endAt)
            throws IOException {
        if (endingWith < 1) {
            throw new IllegalArgumentException("The event to end with is counted from 1, not " + endingWith);
        }
        List<Row> all = rows(csv);
        List<Row> rows = all.stream().filter(row -> row.caller() != null).collect(Collectors.toList());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The log has no rows");
        }
        rows.sort(Comparator.comparing(Row::updatedAt).thenComparing(Row::line));
        // Which row makes the event ending the replay depends on the rows before it; making the events twice,
        // unshifted and then shifted, keeps that rule in one place.
        List<HelpdeskEvent> unshifted = events(rows, tenantId, source, Duration.ZERO);
        Instant end = unshifted.get(Math.min(endingWith, unshifted.size()) - 1).header().occurredAt();
        return new IncidentLog(events(rows, tenantId, source, Duration.between(end, endAt)), all.size(),
                all.size() - rows.size());
    }

    /** The events {@code rows}, in the order they happened, make, every time shifted by {@code shift}. */
    private static List<HelpdeskEvent> events(List<Row> rows, String tenantId, String source, Duration shift) {
        Map<String, Row> previous = new HashMap<>();
        List<HelpdeskEvent> events = new ArrayList<>(rows.size() * 5 / 4);
        for (Row row : rows) {
            Instant at = row.updatedAt().toInstant(ZoneOffset.UTC).plus(shift);
            Row before = previous.put(row.ticket(), row);
            String id = "row-" + row.line();
            if (before == null) {
                Instant opened = row.openedAt().toInstant(ZoneOffset.UTC).plus(shift);
                events.add(new TicketCreated(new EventHeader(tenantId, source, id, at), row.ticket(), row.caller(),
                        row.location(), opened.isAfter(at) ? at : opened, status(row.state()), row.priority(),
                        row.channel()));
                continue;
            }
            events.add(new TicketInteractionAdded(new EventHeader(tenantId, source, id, at), row.ticket(), "agent", at,
                    null));
            if (!row.state().equals(before.state())) {
                events.add(new TicketStatusChanged(new EventHeader(tenantId, source, id + "-status", at), row.ticket(),
                        status(row.state()), at));
            }
            if (row.priority() != null && !row.priority().equals(before.priority())) {
                events.add(new TicketPriorityChanged(new EventHeader(tenantId, source, id + "-priority", at),
                        row.ticket(), row.priority(), at));
            }
        }
        return List.copyOf(events);
    }

    static TicketStatus status(String state) {
        return switch (state) {
            case "New" -> TicketStatus.NEW;
            case "Resolved" -> TicketStatus.SOLVED;
            case "Closed" -> TicketStatus.CLOSED;
            default -> state.startsWith("Awaiting") ? TicketStatus.PENDING : TicketStatus.OPEN;
        };
    }

    private static List<Row> rows(BufferedReader csv) throws IOException {
        String header = csv.readLine();
        if (header == null) {
            throw new IllegalArgumentException("The log is empty");
        }
        List<String> columns = Arrays.asList(header.split(",", -1));
        int number = column(columns, "number");
        int state = column(columns, "incident_state");
        int caller = column(columns, "caller_id");
        int location = column(columns, "location");
        int priority = column(columns, "priority");
        int channel = column(columns, "contact_type");
        int opened = column(columns, "opened_at");
        int updated = column(columns, "sys_updated_at");
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (String text = csv.readLine(); text != null; text = csv.readLine()) {
            line++;
            String[] fields = text.split(",", -1);
            if (fields.length != columns.size()) {
                throw new IllegalArgumentException("Line " + line + " has " + fields.length + " fields, the header "
                        + columns.size());
            }
            try {
                rows.add(new Row(line, fields[number], fields[state], known(fields[caller]), known(fields[location]),
                        known(fields[priority]), known(fields[channel]), LocalDateTime.parse(fields[opened], TIME),
                        LocalDateTime.parse(fields[updated], TIME)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Line " + line + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static int column(List<String> columns, String name) {
        int index = columns.indexOf(name);
        if (index < 0 && "incident_state".equals(name)) {
            index = columns.indexOf("ident_state");
        }
        if (index < 0) {
            throw new IllegalArgumentException("The log has no column " + name);
        }
        return index;
    }

    private static String known(String value) {
        return value.isEmpty() || "?".equals(value) ? null : value;
    }
}

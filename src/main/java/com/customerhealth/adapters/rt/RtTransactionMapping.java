package com.customerhealth.adapters.rt;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RT ticket's history as contract events, exactly as the plugin's RT scrip
 * ({@code descriptors/request-tracker/CHMEvents.pm}) posts the same transactions live: the same types, the
 * same ids ({@code rt-txn-<transaction id>}, with {@code -customer} and {@code -company} for the directory
 * events a transaction brings along) and the same source, so a backfill over tickets the scrip already
 * posted finds only duplicates.
 *
 * <pre>{@code
 * RtTransactionMapping mapping = new RtTransactionMapping("default", "https://rt.example.com",
 *         RtSettings.DEFAULTS, directory);
 * List<HelpdeskEvent> events = mapping.events(ticket, history);
 * }</pre>
 *
 * <p>The scrip sees a ticket's requestors as they are when a transaction happens; a history read later
 * sees them as they are now, and goes back through the watcher transactions to know them at each
 * transaction. The ticket's customer is its requestor with the lowest user id.
 */
public final class RtTransactionMapping {

    /** RT's statuses of its default lifecycles; a status of another lifecycle counts as open. */
    private static final Map<String, TicketStatus> STATUSES = Map.of(
            "new", TicketStatus.NEW,
            "open", TicketStatus.OPEN,
            "stalled", TicketStatus.ON_HOLD,
            "resolved", TicketStatus.SOLVED,
            "rejected", TicketStatus.CLOSED);

    private static final Pattern TICKET_URI = Pattern.compile("/ticket/(\\d+)$");
    private static final Pattern NUMBER = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*");

    private final String tenantId;
    private final String source;
    private final RtSettings settings;
    private final RtDirectory directory;

    public RtTransactionMapping(String tenantId, String source, RtSettings settings, RtDirectory directory) {
        this.tenantId = tenantId;
        this.source = source;
        this.settings = settings;
        this.directory = directory;
    }

    /** RT's status {@code rtStatus} as the contract's. */
    public static TicketStatus status(String rtStatus) {
        return STATUSES.getOrDefault(rtStatus, TicketStatus.OPEN);
    }

    /**
     * The events of {@code history}, the transactions of {@code ticket} and of the tickets merged into it,
     * in the order of the transactions.
     */
    public List<HelpdeskEvent> events(RtTicket ticket, List<RtTransaction> history) {
        List<RtTransaction> ordered = history.stream().sorted(Comparator.comparingLong(RtTransaction::id)).toList();
        Past past = past(ticket, ordered);
        List<HelpdeskEvent> events = new ArrayList<>();
        for (RtTransaction transaction : ordered) {
            // RT shows a merged ticket as the one it went into: its own subject is no longer to be read.
            String subject = transaction.ticketId().equals(ticket.id()) && !ticket.subject().isBlank()
                    ? ticket.subject() : null;
            events.addAll(events(transaction, past.requestorsAfter().get(transaction.id()),
                    past.createdStatuses().getOrDefault(transaction.ticketId(), "new"), subject));
        }
        return events;
    }

    /**
     * The events of one transaction, given the user ids of its ticket's requestors right after it, the RT
     * status its ticket was created in and its subject ({@code null}: unknown).
     */
    List<HelpdeskEvent> events(RtTransaction transaction, TreeSet<Long> requestors, String createdStatus,
                               String subject) {
        String id = "rt-txn-" + transaction.id();
        Instant at = transaction.created();
        EventHeader header = new EventHeader(tenantId, source, id, at);
        String ticketId = transaction.ticketId();
        String type = transaction.type();
        String field = transaction.field();
        switch (type) {
            case "Create" -> {
                if (requestors.isEmpty()) {
                    return List.of();
                }
                RtUser customer = directory.user(Long.toString(requestors.first()));
                List<HelpdeskEvent> events = directoryEvents(id, at, customer);
                events.add(new TicketCreated(header, ticketId, customer.customerId(),
                        customer.company(settings.companyField()), at, status(createdStatus), null, null,
                        subject));
                return events;
            }
            case "Correspond", "Comment" -> {
                long creator = directory.user(transaction.creator()).id();
                return List.of(new TicketInteractionAdded(header, ticketId,
                        requestors.contains(creator) ? "customer" : "agent", at, "Correspond".equals(type)));
            }
            case "AddWatcher", "DelWatcher" -> {
                if (!transaction.changesRequestors() || requestors.isEmpty()) {
                    return List.of();
                }
                TreeSet<Long> before = undo(requestors, transaction);
                if (!before.isEmpty() && before.first().equals(requestors.first())) {
                    return List.of();
                }
                RtUser customer = directory.user(Long.toString(requestors.first()));
                List<HelpdeskEvent> events = directoryEvents(id, at, customer);
                events.add(new TicketCustomerChanged(header, ticketId, customer.customerId(),
                        customer.company(settings.companyField())));
                return events;
            }
            case "AddLink" -> {
                Matcher into = TICKET_URI.matcher(transaction.newValue());
                if (!"MergedInto".equals(field) || !into.find() || into.group(1).equals(ticketId)) {
                    return List.of();
                }
                return List.of(new TicketMerged(header, ticketId, into.group(1)));
            }
            case "CustomField" -> {
                String name = directory.customFieldName(field);
                String value = transaction.newValue();
                if (name == null || !name.toLowerCase(Locale.ROOT).equals(
                        settings.satisfactionField().toLowerCase(Locale.ROOT)) || !NUMBER.matcher(value).matches()) {
                    return List.of();
                }
                return List.of(new CsatRated(header, ticketId, Double.parseDouble(value.strip()),
                        settings.satisfactionMin(), settings.satisfactionMax(), at, null));
            }
            default -> {
                if ("Status".equals(type) || ("Set".equals(type) && "Status".equals(field))) {
                    if ("deleted".equals(transaction.newValue())) {
                        return List.of(new TicketDeleted(header, ticketId));
                    }
                    return List.of(new TicketStatusChanged(header, ticketId, status(transaction.newValue()), at));
                }
                return List.of();
            }
        }
    }

    /** company.upserted (when the customer names a company) and customer.upserted, as the scrip sends them. */
    private List<HelpdeskEvent> directoryEvents(String id, Instant at, RtUser customer) {
        List<HelpdeskEvent> events = new ArrayList<>();
        String company = customer.company(settings.companyField());
        if (company != null) {
            events.add(new CompanyUpserted(new EventHeader(tenantId, source, id + "-company", at), company, company,
                    Map.of()));
        }
        events.add(new CustomerUpserted(new EventHeader(tenantId, source, id + "-customer", at),
                customer.customerId(), customer.displayName(),
                customer.email().isBlank() ? null : customer.email(), company, Map.of()));
        return events;
    }

    /**
     * What a ticket was before now, read back from its history.
     *
     * @param requestorsAfter for each transaction, the user ids of its ticket's requestors right after it
     * @param createdStatuses for each ticket, the RT status it was created in
     */
    private record Past(Map<Long, TreeSet<Long>> requestorsAfter, Map<String, String> createdStatuses) {
    }

    /**
     * The requestors after each transaction: the ticket's requestors now, taken back through the later
     * watcher transactions (a ticket merged into this one takes the requestors this one had when it was
     * merged, as RT copies them over without a transaction); the status each ticket was created in: the old
     * value of its first status change, else the status it has now (a merged one: RT's initial {@code new}).
     */
    private Past past(RtTicket ticket, List<RtTransaction> ordered) {
        Map<String, TreeSet<Long>> current = new HashMap<>();
        TreeSet<Long> now = new TreeSet<>();
        ticket.requestors().forEach(name -> now.add(directory.user(name).id()));
        current.put(ticket.id(), now);
        Map<String, String> statuses = new HashMap<>();
        Map<Long, TreeSet<Long>> after = new HashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            RtTransaction transaction = ordered.get(i);
            TreeSet<Long> requestors = current.computeIfAbsent(transaction.ticketId(),
                    merged -> new TreeSet<>(current.get(ticket.id())));
            after.put(transaction.id(), new TreeSet<>(requestors));
            if (transaction.changesRequestors()) {
                current.put(transaction.ticketId(), undo(requestors, transaction));
            }
            if (isStatusChange(transaction)) {
                statuses.put(transaction.ticketId(), transaction.oldValue());
            }
        }
        statuses.putIfAbsent(ticket.id(), ticket.status());
        return new Past(after, statuses);
    }

    private static boolean isStatusChange(RtTransaction transaction) {
        return "Status".equals(transaction.type())
                || ("Set".equals(transaction.type()) && "Status".equals(transaction.field()));
    }

    /** The requestors before {@code transaction}, given those after it. */
    private static TreeSet<Long> undo(TreeSet<Long> after, RtTransaction transaction) {
        TreeSet<Long> before = new TreeSet<>(after);
        if ("AddWatcher".equals(transaction.type())) {
            principal(transaction.newValue()).ifPresent(before::remove);
        } else {
            principal(transaction.oldValue()).ifPresent(before::add);
        }
        return before;
    }

    private static Optional<Long> principal(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

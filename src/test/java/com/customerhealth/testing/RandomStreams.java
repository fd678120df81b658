package com.customerhealth.testing;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketEscalated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Random streams of helpdesk events, for tests that hold the plugin against {@link ReferenceScores}. */
public final class RandomStreams {

    /** The source of every event of a stream. */
    public static final String SOURCE = "https://desk.example.com";

    private RandomStreams() {
    }

    /**
     * Tickets of eight customers in three companies, with every kind of event: statuses, ratings,
     * interactions, priority changes, merges (chains, into tickets still to come), moves, deletions, and
     * upserts naming companies, times kept clear of the window's edge, never ahead of {@code now}.
     */
    public static List<HelpdeskEvent> of(String tenant, String run, Random random, Instant now) {
        List<String> companies = List.of(run + "-company-1", run + "-company-2", run + "-company-3");
        List<HelpdeskEvent> stream = new ArrayList<>();
        int[] number = {0};
        Function<Instant, EventHeader> header = at -> new EventHeader(tenant, SOURCE,
                run + "-" + number[0]++, at);
        for (int c = 1; c <= 8; c++) {
            if (random.nextInt(3) > 0) {
                Instant at = now.minus(Duration.ofDays(1 + random.nextInt(40)));
                stream.add(new CustomerUpserted(header.apply(at), run + "-customer-" + c, "Customer " + c, null,
                        random.nextInt(4) == 0 ? null : companies.get(random.nextInt(3)), Map.of()));
            }
        }
        for (int t = 1; t <= 30; t++) {
            String ticketId = run + "-ticket-" + t;
            // Opened 2 to 50 or 65 to 90 days ago, handled within 40 hours: nothing within a day of the window's edge.
            int age = random.nextBoolean() ? 2 + random.nextInt(48) : 65 + random.nextInt(25);
            Instant created = now.minus(Duration.ofDays(age)).plus(Duration.ofMinutes(random.nextInt(600)));
            stream.add(new TicketCreated(header.apply(created), ticketId, run + "-customer-" + (1 + random.nextInt(8)),
                    random.nextInt(3) == 0 ? null : companies.get(random.nextInt(3)), created, TicketStatus.NEW, null, null));
            for (int e = random.nextInt(7); e > 0; e--) {
                Instant at = created.plus(Duration.ofMinutes(1 + random.nextInt(40 * 60)));
                EventHeader h = header.apply(at);
                stream.add(switch (random.nextInt(9)) {
                    case 0 -> new TicketStatusChanged(h, ticketId, TicketStatus.values()[random.nextInt(6)], at);
                    case 1 -> new CsatRated(h, ticketId, 1 + random.nextInt(5), 1, 5, at, null);
                    case 2 -> new TicketCustomerChanged(h, ticketId, run + "-customer-" + (1 + random.nextInt(8)),
                            random.nextBoolean() ? null : companies.get(random.nextInt(3)));
                    case 3 -> new TicketPriorityChanged(h, ticketId, "high", at);
                    case 4 -> new TicketMerged(h, ticketId, run + "-ticket-" + (1 + random.nextInt(30)));
                    case 5 -> random.nextInt(3) == 0 ? new TicketDeleted(h, ticketId) : new TicketEscalated(h, ticketId, "tier-2", at);
                    default -> new TicketInteractionAdded(h, ticketId, random.nextBoolean() ? "agent" : "customer", at, true);
                });
            }
        }
        return stream;
    }

}

package com.customerhealth.testing;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helpdesk histories that raise and resolve alerts under the default rules, each event its own batch as a
 * helpdesk sends them one by one. A customer that {@link #falls} starts healthy on a rating at the top of
 * the scale, then rates four new tickets at the bottom within hours: a band drop, a score drop of 30 and
 * more, and a low CSAT, each once; its company drops too when it is the company's only customer. Its
 * {@link #recovery} deletes those four tickets: its band and score are back, and the band and score drops
 * resolve.
 *
 * <pre>
 * for (List&lt;HelpdeskEvent&gt; batch : AlertScenarios.falls(tenant, "ada", "Ada Lovelace", "acme", now)) {
 *     fixtures.events(tenant, batch);
 * }
 * </pre>
 */
public final class AlertScenarios {

    private static final String SOURCE = "https://desk.example.com";

    private AlertScenarios() {
    }

    /** The batches by which {@code customer} (named {@code name}) of {@code company} falls from healthy to poor by {@code now}. */
    public static List<List<HelpdeskEvent>> falls(String tenant, String customer, String name, String company, Instant now) {
        Instant start = now.minus(Duration.ofDays(3));
        List<List<HelpdeskEvent>> batches = new ArrayList<>();
        batches.add(List.of(
                new CompanyUpserted(header(tenant, start), company, "Company of " + name, Map.of()),
                new CustomerUpserted(header(tenant, start), customer, name, null, company, Map.of()),
                new TicketCreated(header(tenant, start), ticket(customer, 0), customer, company, start, TicketStatus.SOLVED,
                        null, null, null),
                new CsatRated(header(tenant, now.minus(Duration.ofDays(2))), ticket(customer, 0), 3, 1, 3,
                        now.minus(Duration.ofDays(2)), null)));
        for (int t = 1; t <= 4; t++) {
            Instant created = now.minus(Duration.ofDays(1));
            Instant rated = now.minus(Duration.ofHours(5 - t));
            batches.add(List.of(new TicketCreated(header(tenant, created), ticket(customer, t), customer, company, created,
                    TicketStatus.SOLVED, null, null, null)));
            batches.add(List.of(new CsatRated(header(tenant, rated), ticket(customer, t), 1, 1, 3, rated, null)));
        }
        return batches;
    }

    /** The batch by which a customer that {@link #falls} is back where it was: its four bad tickets deleted. */
    public static List<HelpdeskEvent> recovery(String tenant, String customer, Instant now) {
        List<HelpdeskEvent> deleted = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            deleted.add(new TicketDeleted(header(tenant, now), ticket(customer, t)));
        }
        return deleted;
    }

    private static String ticket(String customer, int number) {
        return customer + "-T" + number;
    }

    private static EventHeader header(String tenant, Instant at) {
        return new EventHeader(tenant, SOURCE, StoredFixtures.uniqueId("evt"), at);
    }
}

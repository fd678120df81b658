package com.customerhealth.demo;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The events of a realistic small helpdesk over the last 90 days: dozens of companies, a few hundred
 * customers, their tickets, replies, status changes and CSAT ratings. How each customer behaves is drawn
 * from a mix of profiles, so the scores land in every band. The same seed gives the same helpdesk,
 * shifted to end at {@code now}.
 */
public final class DemoEvents {

    /** The source every demo event names. */
    public static final String SOURCE = "urn:chm:demo";

    private static final String[] COMPANY_WORDS = {"Acme", "Birchwood", "Cobalt", "Delta", "Evergreen", "Fjord",
            "Granite", "Harbor", "Indigo", "Juniper", "Keystone", "Lumen", "Meridian", "Northwind", "Orchid",
            "Pioneer", "Quarry", "Redwood", "Summit", "Tidal"};
    private static final String[] COMPANY_KINDS = {"Logistics", "Dental", "Games", "Florists", "Hotels", "Outdoor",
            "Bakery", "Legal", "Robotics", "Clinic"};
    private static final String[] GIVEN = {"Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Gustav", "Hana",
            "Ivo", "Jana", "Kofi", "Lena", "Mateo", "Nina", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko",
            "Uma", "Viktor", "Wen", "Yara", "Zeno"};
    private static final String[] FAMILY = {"Almeida", "Berg", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia",
            "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
            "Quispe", "Rossi", "Santos", "Tanaka"};
    private static final String[] CHANNELS = {"email", "chat", "phone", "web"};
    private static final String[] SUBJECTS = {"Invoice shows the wrong VAT number", "Cannot sign in after the update",
            "Order arrived damaged", "How do I export last month's report?", "Password reset email never comes",
            "Charged twice for one subscription", "App crashes when uploading a photo", "Change the delivery address",
            "Refund still not received", "Add a second user to our account", "Sync with the calendar stopped",
            "Question about the enterprise plan", "Printer driver will not install", "Booking confirmation missing",
            "Slow loading of the dashboard", "Cancel my order, please"};

    /** How a customer uses support; the weights say how common each is. */
    private enum Profile {
        CONTENT(50, 1, 2, 1, 3, 0, 3, 3),
        MIXED(28, 2, 4, 3, 6, 1, 2, 3),
        UNHAPPY(15, 4, 7, 6, 10, 3, 1, 2),
        QUIET(7, 0, 0, 0, 0, 0, 0, 0);

        final int weight, minTickets, maxTickets, minReplies, maxReplies, open, minRating, maxRating;

        Profile(int weight, int minTickets, int maxTickets, int minReplies, int maxReplies, int open, int minRating,
                int maxRating) {
            this.weight = weight;
            this.minTickets = minTickets;
            this.maxTickets = maxTickets;
            this.minReplies = minReplies;
            this.maxReplies = maxReplies;
            this.open = open;
            this.minRating = minRating;
            this.maxRating = maxRating;
        }
    }

    private final String tenantId;
    private final Random random;
    private final Instant now;
    private final List<HelpdeskEvent> events = new ArrayList<>();
    private int nextEvent = 1;
    private int nextTicket = 1000;

    private DemoEvents(String tenantId, long seed, Instant now) {
        this.tenantId = tenantId;
        this.random = new Random(seed);
        this.now = now;
    }

    /** Every event of the demo helpdesk of {@code tenantId}, in the order they happened. */
    public static List<HelpdeskEvent> of(String tenantId, long seed, Instant now, int companies) {
        DemoEvents demo = new DemoEvents(tenantId, seed, now);
        for (int c = 1; c <= companies; c++) {
            demo.company(c);
        }
        demo.events.sort(Comparator.comparing(event -> event.header().occurredAt()));
        return List.copyOf(demo.events);
    }

    private void company(int number) {
        String companyId = "company-" + number;
        String name = COMPANY_WORDS[(number - 1) % COMPANY_WORDS.length] + " "
                + COMPANY_KINDS[(number * 7) % COMPANY_KINDS.length];
        Instant founded = now.minus(Duration.ofDays(120));
        events.add(new CompanyUpserted(header(founded), companyId, name, Map.of("plan", pick("basic", "pro", "enterprise"))));
        int customers = between(4, 12);
        for (int m = 1; m <= customers; m++) {
            customer(companyId + "-customer-" + m, companyId, founded);
        }
    }

    private void customer(String customerId, String companyId, Instant founded) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        events.add(new CustomerUpserted(header(founded), customerId, given + " " + family,
                (given + "." + family + "@example.com").toLowerCase(Locale.ROOT), companyId, Map.of()));
        Profile profile = profile();
        int tickets = between(profile.minTickets, profile.maxTickets);
        for (int t = 0; t < tickets; t++) {
            ticket(customerId, companyId, profile, t < profile.open);
        }
        if (profile == Profile.QUIET && random.nextBoolean()) {
            ticket(customerId, companyId, Profile.CONTENT, false, Duration.ofDays(between(65, 89)));
        }
    }

    private void ticket(String customerId, String companyId, Profile profile, boolean staysOpen) {
        ticket(customerId, companyId, profile, staysOpen, Duration.ofHours(between(3, 58 * 24)));
    }

    private void ticket(String customerId, String companyId, Profile profile, boolean staysOpen, Duration age) {
        int number = nextTicket++;
        String ticketId = "T-" + number;
        Instant at = now.minus(age);
        // Subjects by the ticket's number, not drawn: the same seed still gives the same tickets and scores.
        events.add(new TicketCreated(header(at), ticketId, customerId, companyId, at, TicketStatus.NEW,
                pick("low", "normal", "normal", "high"), CHANNELS[random.nextInt(CHANNELS.length)],
                SUBJECTS[number % SUBJECTS.length]));
        at = at.plus(Duration.ofMinutes(between(5, 90)));
        events.add(new TicketStatusChanged(header(at), ticketId, TicketStatus.OPEN, at));
        for (int r = between(profile.minReplies, profile.maxReplies); r > 0 && at.isBefore(now); r--) {
            events.add(new TicketInteractionAdded(header(at), ticketId, r % 2 == 0 ? "customer" : "agent", at, true));
            at = earliest(at.plus(Duration.ofMinutes(between(20, 900))), now.minusSeconds(60));
        }
        if (!staysOpen) {
            events.add(new TicketStatusChanged(header(at), ticketId, TicketStatus.SOLVED, at));
            if (random.nextInt(10) < 7) {
                Instant rated = earliest(at.plus(Duration.ofHours(between(1, 30))), now.minusSeconds(30));
                events.add(new CsatRated(header(rated), ticketId, between(profile.minRating, profile.maxRating), 1, 3,
                        rated, null));
            }
        }
    }

    private Profile profile() {
        int draw = random.nextInt(100);
        for (Profile profile : Profile.values()) {
            draw -= profile.weight;
            if (draw < 0) {
                return profile;
            }
        }
        return Profile.CONTENT;
    }

    private EventHeader header(Instant at) {
        return new EventHeader(tenantId, SOURCE, "demo-" + nextEvent++, at);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

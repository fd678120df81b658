package com.customerhealth.testing;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketEvent;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketStatusChanged;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores computed from scratch from a whole set of events, by the contract's rules alone, written apart
 * from the plugin's scoring, folding and storing (none of its classes but the event records, the input,
 * are used): each ticket's events in (time, id, source) order, handling as interactions and status changes
 * only, merges moving interactions down chains, moves, deletions, a customer's company by its latest
 * upsert else its latest-created ticket, decimal arithmetic of 50 digits rounded half up, and the three
 * company modes. What the plugin stores must equal this.
 */
public final class ReferenceScores {

    private static final MathContext EXACT = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final List<String> PARAMETERS = List.of("avgInteractions", "ticketsInWindow", "openTickets", "avgCsat");
    private static final Set<String> LOWER_IS_BETTER = Set.of("avgInteractions", "ticketsInWindow", "openTickets");

    private ReferenceScores() {
    }

    /** One parameter's rule, as the settings API writes it. */
    public record Rule(boolean enabled, BigDecimal goodAverage, BigDecimal averagePoor, BigDecimal weight) {
    }

    /** Everything that decides a score, as the settings API writes it ({@code GET api/v1/settings}, {@code rules}). */
    public record Rules(Map<String, Rule> parameters, int good, int average, int poor, int healthy, int averageCutoff,
                        BigDecimal csatMin, BigDecimal csatMax, int windowDays, String companyMode) {

        public static Rules of(JsonObject rules) {
            Map<String, Rule> parameters = new LinkedHashMap<>();
            for (String key : PARAMETERS) {
                JsonObject rule = rules.getJsonObject("parameters").getJsonObject(key);
                parameters.put(key, new Rule(rule.getBoolean("enabled"), rule.getJsonNumber("goodAverage").bigDecimalValue(),
                        rule.getJsonNumber("averagePoor").bigDecimalValue(), rule.getJsonNumber("weight").bigDecimalValue()));
            }
            JsonObject points = rules.getJsonObject("points");
            JsonObject cutoffs = rules.getJsonObject("cutoffs");
            JsonObject scale = rules.getJsonObject("csatScale");
            return new Rules(parameters, points.getInt("good"), points.getInt("average"), points.getInt("poor"),
                    cutoffs.getInt("healthy"), cutoffs.getInt("average"), scale.getJsonNumber("min").bigDecimalValue(),
                    scale.getJsonNumber("max").bigDecimalValue(), rules.getInt("windowDays"), rules.getString("companyMode"));
        }
    }

    /** A score and its band. */
    public record Result(Integer score, String band) {
    }

    /** What the events say of the tenant: every customer's and company's score at {@code now}. */
    public record Expected(Map<String, Result> customers, Map<String, Result> companies) {
    }

    /** The scores {@code events} (repeats counted once) give at {@code now} under {@code rules}. */
    public static Expected of(Collection<HelpdeskEvent> events, Rules rules, Instant now) {
        Map<String, HelpdeskEvent> once = new LinkedHashMap<>();
        events.forEach(event -> once.putIfAbsent(event.header().source() + "\n" + event.header().id(), event));
        Map<String, List<HelpdeskEvent>> byTicket = new TreeMap<>();
        Map<String, HelpdeskEvent> latestUpsert = new HashMap<>();
        Set<String> customers = new HashSet<>();
        Set<String> companies = new HashSet<>();
        Comparator<HelpdeskEvent> order = Comparator.comparing((HelpdeskEvent e) -> e.header().occurredAt())
                .thenComparing(e -> e.header().id()).thenComparing(e -> e.header().source());
        for (HelpdeskEvent event : once.values()) {
            if (event instanceof TicketEvent ticket) {
                byTicket.computeIfAbsent(ticket.ticketId(), id -> new ArrayList<>()).add(event);
            }
            if (event instanceof TicketCreated e) {
                customers.add(e.customerId());
                if (e.companyId() != null) {
                    companies.add(e.companyId());
                }
            } else if (event instanceof TicketCustomerChanged e) {
                customers.add(e.customerId());
                if (e.companyId() != null) {
                    companies.add(e.companyId());
                }
            } else if (event instanceof CustomerUpserted e) {
                customers.add(e.customerId());
                if (e.companyId() != null) {
                    companies.add(e.companyId());
                }
                latestUpsert.merge(e.customerId(), e, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            } else if (event instanceof CompanyUpserted e) {
                companies.add(e.companyId());
            }
        }
        Map<String, Ticket> tickets = new TreeMap<>();
        byTicket.forEach((id, ticketEvents) -> {
            ticketEvents.sort(order);
            tickets.put(id, Ticket.fold(id, ticketEvents));
        });
        Instant start = now.minus(Duration.ofDays(rules.windowDays()));
        Map<String, Result> customerResults = new TreeMap<>();
        Map<String, Integer> ticketsInWindow = new HashMap<>();
        for (String customer : customers) {
            List<Ticket> own = tickets.values().stream().filter(t -> t.counts() && customer.equals(t.customer)).toList();
            int handled = 0;
            long interactions = 0;
            int opened = 0;
            int open = 0;
            int rated = 0;
            BigDecimal ratings = BigDecimal.ZERO;
            for (Ticket ticket : own) {
                if (ticket.handledAtLatest(tickets, new HashSet<>()) != null
                        && !ticket.handledAtLatest(tickets, new HashSet<>()).isBefore(start)) {
                    handled++;
                    interactions += ticket.interactionsCarried(tickets, new HashSet<>());
                }
                if (!ticket.createdAt.isBefore(start)) {
                    opened++;
                }
                if (!ticket.status.equals("solved") && !ticket.status.equals("closed")) {
                    open++;
                }
                if (ticket.rating != null && !ticket.rating.at().isBefore(start)) {
                    rated++;
                    BigDecimal share = BigDecimal.valueOf(ticket.rating.rating()).subtract(BigDecimal.valueOf(ticket.rating.scaleMin()))
                            .divide(BigDecimal.valueOf(ticket.rating.scaleMax()).subtract(BigDecimal.valueOf(ticket.rating.scaleMin())), EXACT);
                    ratings = ratings.add(rules.csatMin().add(share.multiply(rules.csatMax().subtract(rules.csatMin()), EXACT)));
                }
            }
            Map<String, BigDecimal> values = new HashMap<>();
            values.put("avgInteractions", handled == 0 ? null : BigDecimal.valueOf(interactions).divide(BigDecimal.valueOf(handled), EXACT));
            values.put("ticketsInWindow", BigDecimal.valueOf(opened));
            values.put("openTickets", BigDecimal.valueOf(open));
            values.put("avgCsat", rated == 0 ? null : ratings.divide(BigDecimal.valueOf(rated), EXACT));
            customerResults.put(customer, score(values, rules));
            ticketsInWindow.put(customer, opened);
        }
        Map<String, Result> companyResults = new TreeMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (String customer : customers) {
            String company = companyOf(customer, latestUpsert.get(customer), tickets.values());
            if (company != null) {
                members.computeIfAbsent(company, id -> new ArrayList<>()).add(customer);
            }
        }
        for (String company : companies) {
            List<String> scored = members.getOrDefault(company, List.of()).stream()
                    .filter(customer -> customerResults.get(customer).score() != null).toList();
            Integer value = scored.isEmpty() ? null : switch (rules.companyMode()) {
                case "lowest" -> scored.stream().mapToInt(customer -> customerResults.get(customer).score()).min().getAsInt();
                case "ticket-weighted" -> {
                    long weights = scored.stream().mapToLong(ticketsInWindow::get).sum();
                    yield weights == 0 ? mean(scored, customerResults) : BigDecimal.valueOf(scored.stream()
                                    .mapToLong(customer -> (long) customerResults.get(customer).score() * ticketsInWindow.get(customer)).sum())
                            .divide(BigDecimal.valueOf(weights), EXACT).setScale(0, RoundingMode.HALF_UP).intValueExact();
                }
                default -> mean(scored, customerResults);
            };
            companyResults.put(company, new Result(value, band(value, rules)));
        }
        return new Expected(customerResults, companyResults);
    }

    private static int mean(List<String> scored, Map<String, Result> results) {
        long sum = scored.stream().mapToLong(customer -> results.get(customer).score()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scored.size()), EXACT).setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static String companyOf(String customer, HelpdeskEvent upsert, Collection<Ticket> tickets) {
        if (upsert instanceof CustomerUpserted e && e.companyId() != null) {
            return e.companyId();
        }
        return tickets.stream().filter(t -> t.createdAt != null && customer.equals(t.customer) && t.company != null)
                .max(Comparator.comparing((Ticket t) -> t.createdAt).thenComparing(t -> t.id))
                .map(t -> t.company).orElse(null);
    }

    private static Result score(Map<String, BigDecimal> values, Rules rules) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (String key : PARAMETERS) {
            Rule rule = rules.parameters().get(key);
            BigDecimal value = values.get(key);
            if (!rule.enabled() || value == null) {
                continue;
            }
            int earned;
            if (LOWER_IS_BETTER.contains(key)) {
                earned = value.compareTo(rule.goodAverage()) <= 0 ? rules.good()
                        : value.compareTo(rule.averagePoor()) > 0 ? rules.poor() : rules.average();
            } else {
                earned = value.compareTo(rule.goodAverage()) >= 0 ? rules.good()
                        : value.compareTo(rule.averagePoor()) < 0 ? rules.poor() : rules.average();
            }
            points = points.add(BigDecimal.valueOf(earned).multiply(rule.weight()));
            weights = weights.add(rule.weight());
        }
        Integer score = weights.signum() == 0 ? null
                : points.divide(weights, EXACT).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new Result(score, band(score, rules));
    }

    private static String band(Integer score, Rules rules) {
        if (score == null) {
            return "no_data";
        }
        return score >= rules.healthy() ? "healthy" : score >= rules.averageCutoff() ? "average" : "poor";
    }

    /** One ticket folded from its events in order, as the contract reads them. */
    private static final class Ticket {

        private final String id;
        private Instant createdAt;
        private String customer;
        private String company;
        private String status;
        private int interactions;
        private Instant handledAt;
        private CsatRated rating;
        private boolean merged;
        private String mergedInto;
        private boolean deleted;

        private Ticket(String id) {
            this.id = id;
        }

        static Ticket fold(String id, List<HelpdeskEvent> events) {
            Ticket ticket = new Ticket(id);
            for (HelpdeskEvent event : events) {
                if (event instanceof TicketCreated e) {
                    if (ticket.createdAt == null) {
                        ticket.createdAt = e.createdAt();
                        ticket.customer = e.customerId();
                        ticket.company = e.companyId();
                        ticket.status = e.status().key();
                    }
                } else if (event instanceof TicketStatusChanged e) {
                    ticket.status = e.status().key();
                    ticket.handledAt = latest(ticket.handledAt, e.at());
                } else if (event instanceof TicketInteractionAdded e) {
                    ticket.interactions++;
                    ticket.handledAt = latest(ticket.handledAt, e.at());
                } else if (event instanceof CsatRated e) {
                    ticket.rating = e;
                } else if (event instanceof TicketMerged e) {
                    if (!ticket.merged && !ticket.deleted && !id.equals(e.intoTicketId())) {
                        ticket.merged = true;
                        ticket.mergedInto = e.intoTicketId();
                    }
                } else if (event instanceof TicketDeleted) {
                    ticket.deleted = true;
                } else if (event instanceof TicketCustomerChanged e) {
                    ticket.customer = e.customerId();
                    ticket.company = e.companyId();
                }
            }
            if (ticket.status == null) {
                ticket.status = "new";
            }
            return ticket;
        }

        boolean counts() {
            return createdAt != null && !merged && !deleted;
        }

        int interactionsCarried(Map<String, Ticket> all, Set<String> seen) {
            if (!seen.add(id)) {
                return 0;
            }
            int carried = interactions;
            for (Ticket source : all.values()) {
                if (source.merged && id.equals(source.mergedInto)) {
                    carried += source.interactionsCarried(all, seen);
                }
            }
            seen.remove(id);
            return carried;
        }

        Instant handledAtLatest(Map<String, Ticket> all, Set<String> seen) {
            if (!seen.add(id)) {
                return null;
            }
            Instant latest = handledAt;
            for (Ticket source : all.values()) {
                if (source.merged && id.equals(source.mergedInto)) {
                    latest = latest(latest, source.handledAtLatest(all, seen));
                }
            }
            seen.remove(id);
            return latest;
        }

        private static Instant latest(Instant a, Instant b) {
            if (a == null) {
                return b;
            }
            return b == null || !b.isAfter(a) ? a : b;
        }
    }
}

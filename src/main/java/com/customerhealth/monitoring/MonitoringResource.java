package com.customerhealth.monitoring;

import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.health.LastChangeView;
import com.customerhealth.platform.Instants;
import com.customerhealth.platform.WholeNumbers;
import com.customerhealth.scoring.Health;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import com.customerhealth.tickets.TicketRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The success manager's reads of the caller's tenant: lists of customers and companies, the portfolio,
 * and histories, which agents may read too (an agent's drill-down into a customer).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    /** A history's range when none is asked for. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(90);
    /** The longest range one history answer covers. */
    static final Duration LONGEST_RANGE = Duration.ofDays(3660);

    @Inject
    MonitoringQueries queries;

    @Inject
    HistoryReads histories;

    @Inject
    CallerTenant tenant;

    @Inject
    Clock clock;

    @Inject
    CustomerRepository customers;

    @Inject
    TicketRepository tickets;

    private static final String CSV = "text/csv";
    private static final List<String> CSV_COLUMNS = List.of("id", "name", "company", "score", "band", "delta7",
            "delta30", "lastChangeAt", "lastChange");

    private static List<Object> csvCells(MonitoringQueries.Row row) {
        LastChangeView change = LastChangeView.of(row.lastChange());
        return Arrays.asList(row.id(), row.name(), row.companyId(), row.score(), row.health().key(), row.delta7(),
                row.delta30(), change == null ? null : change.at().toString(), change == null ? null : change.summary());
    }

    @GET
    @Path("customers")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public JsonObject customers(@QueryParam("band") List<String> bands, @QueryParam("company") String company,
                                @QueryParam("q") String text, @QueryParam("sort") @DefaultValue("score") String sort,
                                @QueryParam("page") @DefaultValue("1") String page,
                                @QueryParam("size") @DefaultValue("50") String size) {
        return MonitoringJson.page(queries.customers(tenant.id(), query(bands, company, text, sort, page, size)));
    }

    @GET
    @Path("companies")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public JsonObject companies(@QueryParam("band") List<String> bands, @QueryParam("q") String text,
                                @QueryParam("sort") @DefaultValue("score") String sort,
                                @QueryParam("page") @DefaultValue("1") String page,
                                @QueryParam("size") @DefaultValue("50") String size) {
        return MonitoringJson.page(queries.companies(tenant.id(), query(bands, null, text, sort, page, size)));
    }

    /**
     * The filtered customers as CSV, every page of them in the list's order: the rows a manager filtered
     * on the dashboard, for a spreadsheet.
     */
    @GET
    @Path("customers.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response customersAsCsv(@QueryParam("band") List<String> bands, @QueryParam("company") String company,
                                   @QueryParam("q") String text,
                                   @QueryParam("sort") @DefaultValue("score") String sort) {
        ListQuery first = query(bands, company, text, sort, "1", String.valueOf(ListQuery.MAX_SIZE));
        String tenantId = tenant.id();
        StreamingOutput rows = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(CsvTable.line(CSV_COLUMNS));
            ListQuery page = first;
            while (true) {
                MonitoringQueries.Page answer = queries.customers(tenantId, page);
                for (MonitoringQueries.Row row : answer.items()) {
                    writer.write(CsvTable.line(csvCells(row)));
                }
                if ((long) page.page() * page.size() >= answer.total() || answer.items().isEmpty()) {
                    break;
                }
                page = new ListQuery(page.bands(), page.company(), page.text(), page.sort(), page.page() + 1,
                        page.size());
            }
            writer.flush();
        };
        return Response.ok(rows).type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"customers.csv\"").build();
    }

    @GET
    @Path("portfolio")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public JsonObject portfolio() {
        return MonitoringJson.portfolio(queries.portfolio(tenant.id()));
    }

    /** The customer's latest counted tickets, those its score reads. */
    @GET
    @Path("customers/{customerId}/tickets")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public JsonObject customerTickets(@PathParam("customerId") String customerId,
                                      @QueryParam("size") @DefaultValue("50") String size) {
        int limit = WholeNumbers.parse("size", size, 1, ListQuery.MAX_SIZE);
        if (customers.find(tenant.id(), customerId).isEmpty()) {
            throw new NotFoundException("No customer '" + customerId + "'");
        }
        return MonitoringJson.tickets(customerId, tickets.latestOf(tenant.id(), customerId, limit));
    }

    @GET
    @Path("customers/{customerId}/history")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public JsonObject customerHistory(@PathParam("customerId") String customerId, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        Range range = range(from, to);
        return MonitoringJson.history(histories.customer(tenant.id(), customerId, range.from(), range.to())
                .orElseThrow(() -> new NotFoundException("No customer '" + customerId + "'")));
    }

    @GET
    @Path("companies/{companyId}/history")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public JsonObject companyHistory(@PathParam("companyId") String companyId, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        Range range = range(from, to);
        return MonitoringJson.history(histories.company(tenant.id(), companyId, range.from(), range.to())
                .orElseThrow(() -> new NotFoundException("No company '" + companyId + "'")));
    }

    private record Range(Instant from, Instant to) {
    }

    private Range range(String from, String to) {
        Instant end = to == null ? clock.instant() : Instants.parse("to", to);
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : Instants.parse("from", from);
        if (!start.isBefore(end)) {
            throw new BadRequestException("'from' must come before 'to'");
        }
        if (Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
            throw new BadRequestException("A history covers at most " + LONGEST_RANGE.toDays() + " days; ask for a"
                    + " shorter range");
        }
        return new Range(start, end);
    }

    private static ListQuery query(List<String> bands, String company, String text, String sort, String page,
                                   String size) {
        Set<Health> wanted = EnumSet.noneOf(Health.class);
        for (String band : bands) {
            for (String key : band.split(",")) {
                wanted.add(Arrays.stream(Health.values()).filter(health -> health.key().equals(key.trim())).findFirst()
                        .orElseThrow(() -> new BadRequestException("'band' is one of " + Arrays.stream(Health.values())
                                .map(Health::key).toList() + "; repeat it for several")));
            }
        }
        ListQuery.Sort order = ListQuery.Sort.fromKey(sort);
        if (order == null) {
            throw new BadRequestException("'sort' is one of " + ListQuery.Sort.keys());
        }
        int pageNumber = WholeNumbers.parse("page", page, 1, Integer.MAX_VALUE / ListQuery.MAX_SIZE);
        int pageSize = WholeNumbers.parse("size", size, 1, ListQuery.MAX_SIZE);
        if (text != null && text.length() > 255) {
            throw new BadRequestException("'q' is at most 255 characters");
        }
        return new ListQuery(wanted, company, text, order, pageNumber, pageSize);
    }
}

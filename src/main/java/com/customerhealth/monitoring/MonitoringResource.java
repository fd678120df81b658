package com.customerhealth.monitoring;

import com.customerhealth.platform.Instants;
import com.customerhealth.scoring.Health;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
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

    @GET
    @Path("portfolio")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public JsonObject portfolio() {
        return MonitoringJson.portfolio(queries.portfolio(tenant.id(), false), queries.portfolio(tenant.id(), true));
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
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE / ListQuery.MAX_SIZE);
        int pageSize = number("size", size, 1, ListQuery.MAX_SIZE);
        if (text != null && text.length() > 255) {
            throw new BadRequestException("'q' is at most 255 characters");
        }
        return new ListQuery(wanted, company, text, order, pageNumber, pageSize);
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("'" + name + "' is a whole number from " + min + " to " + max);
    }
}

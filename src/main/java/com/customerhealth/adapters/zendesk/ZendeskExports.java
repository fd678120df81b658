package com.customerhealth.adapters.zendesk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * The parts of Zendesk's Support API a backfill reads, as MicroProfile Rest Client calls them, built for each
 * account's address with {@code RestClientBuilder} ({@link ZendeskHistoryReader#connect}). Every call answers
 * the raw response: its status and {@code Retry-After} decide what happens next, not an exception. A
 * parameter given as {@code null} is left out of the query. Its paths are on its methods only: it is no
 * resource of the plugin, and the plugin's own API is whatever carries a type-level {@code @Path}.
 *
 * <pre>{@code
 * try (Response page = exports.tickets(authorization, 1700000000L, null, "users,organizations")) { ... }
 * }</pre>
 */
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "User-Agent", value = "Customer-Health-Monitor")
public interface ZendeskExports extends AutoCloseable {

    /** The incremental ticket export, cursor based: from {@code start_time} (Unix seconds) or from {@code cursor}. */
    @GET
    @Path("/api/v2/incremental/tickets/cursor.json")
    Response tickets(@HeaderParam("Authorization") String authorization, @QueryParam("start_time") Long startTime,
                     @QueryParam("cursor") String cursor, @QueryParam("include") String include);

    /** The incremental ticket event export, time based, from {@code start_time}. */
    @GET
    @Path("/api/v2/incremental/ticket_events.json")
    Response ticketEvents(@HeaderParam("Authorization") String authorization, @QueryParam("start_time") long startTime,
                          @QueryParam("include") String include);

    /** Satisfaction ratings of {@code score}, created from {@code start_time}, cursor paginated after {@code after}. */
    @GET
    @Path("/api/v2/satisfaction_ratings.json")
    Response satisfactionRatings(@HeaderParam("Authorization") String authorization, @QueryParam("score") String score,
                                 @QueryParam("start_time") Long startTime, @QueryParam("page[size]") Integer size,
                                 @QueryParam("page[after]") String after);

    /** Up to 100 users by id, comma separated. */
    @GET
    @Path("/api/v2/users/show_many.json")
    Response users(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);
}

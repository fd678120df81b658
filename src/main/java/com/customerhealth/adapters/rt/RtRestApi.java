package com.customerhealth.adapters.rt;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of Request Tracker 5's REST 2.0 API the backfill reads, as a MicroProfile Rest Client below the
 * RT address an admin entered (RT's {@code WebURL}). Every call carries {@code Authorization: token <token>}
 * (RT::Authen::Token, built into RT 5). Answers come back as they are; {@link RtHistoryReader} looks at each.
 * Its paths are on its methods only: a type-level {@code @Path} would make it a resource of the plugin's own API.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface RtRestApi {

    /** A page of the tickets {@code query} (TicketSQL) finds, with {@code fields} of each. */
    @GET
    @Path("REST/2.0/tickets")
    Response tickets(@HeaderParam("Authorization") String authorization, @QueryParam("query") String query,
                     @QueryParam("orderby") String orderBy, @QueryParam("order") String order,
                     @QueryParam("page") int page, @QueryParam("per_page") int perPage,
                     @QueryParam("fields") String fields);

    /** A page of ticket {@code id}'s transactions, with those of the tickets merged into it. */
    @GET
    @Path("REST/2.0/ticket/{id}/history")
    Response history(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
                     @QueryParam("page") int page, @QueryParam("per_page") int perPage,
                     @QueryParam("fields") String fields);

    /** The user named or numbered {@code id}. */
    @GET
    @Path("REST/2.0/user/{id}")
    Response user(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    /** The custom field numbered {@code id}. */
    @GET
    @Path("REST/2.0/customfield/{id}")
    Response customField(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
}

package com.customerhealth.backfill;

import static com.customerhealth.platform.JsonFields.instant;
import static com.customerhealth.platform.JsonFields.string;

import com.customerhealth.platform.InvalidFields;
import com.customerhealth.platform.JsonBodies;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reading a helpdesk's history into the caller's tenant, for admins: the kinds of helpdesk that can be read,
 * the backfills with their progress, starting, cancelling and resuming one. A token is taken, never answered.
 */
@Path("v1/backfill")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class BackfillResource {

    /** How many backfills the list shows, newest first. */
    public static final int LISTED = 20;

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Backfills control;

    @Inject
    BackfillRepository backfills;

    @Inject
    HelpdeskHistories histories;

    @Inject
    CallerTenant tenant;

    @Inject
    Clock clock;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        JsonArrayBuilder kinds = JSON.createArrayBuilder();
        histories.all().forEach((kind, history) -> kinds.add(JSON.createObjectBuilder().add("kind", kind)
                .add("title", history.title()).add("requestsPerMinute", history.requestsPerMinute())));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        Instant now = clock.instant();
        backfills.of(tenant.id(), LISTED).forEach(job -> items.add(json(job, now)));
        return JSON.createObjectBuilder().add("kinds", kinds).add("items", items).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{backfillId}")
    public JsonObject one(@PathParam("backfillId") String id) {
        return json(backfills.find(tenant.id(), id).orElseThrow(() -> unknown(id)), clock.instant());
    }

    /** Starts a backfill: 201 with it, read by this server or another within moments. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        BackfillRequest request = BackfillRequest.read(JsonBodies.object(body, "the backfill"), histories.all().keySet());
        Backfills.Started started = control.start(tenant.id(), request,
                caller.getUserPrincipal().getName());
        if (!started.problems().isEmpty()) {
            return InvalidFields.answer("fields", started.problems());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(started.job().id()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(json(started.job(), clock.instant())).build();
    }

    /** Stops the backfill after the page it is reading; what was stored stays. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{backfillId}/cancel")
    public JsonObject cancel(@PathParam("backfillId") String id) {
        return json(control.cancel(tenant.id(), id).orElseThrow(() -> unknown(id)), clock.instant());
    }

    /** Reads the backfill again from its cursor; a body {@code {"token": "…"}} gives it a new token. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{backfillId}/resume")
    public JsonObject resume(@PathParam("backfillId") String id, String body) {
        String token = token(body);
        return json(control.resume(tenant.id(), id, token).orElseThrow(() -> unknown(id)),
                clock.instant());
    }

    /** A backfill as the API answers it, with its progress; never its token. */
    static JsonObject json(BackfillJob job, Instant now) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", job.id()).add("kind", job.kind())
                .add("url", job.baseUrl());
        string(json, "user", job.userName());
        json.add("source", job.source());
        instant(json, "since", job.since());
        json.add("requestsPerMinute", job.requestsPerMinute()).add("state", job.state().key());
        string(json, "message", job.message());
        BackfillEstimate estimate = BackfillEstimate.of(job.ticketsRead(), job.ticketsTotal(), job.eventsRead(),
                job.running());
        json.add("ticketsRead", job.ticketsRead());
        if (job.ticketsTotal() == null) {
            json.addNull("ticketsTotal");
        } else {
            json.add("ticketsTotal", job.ticketsTotal());
        }
        json.add("eventsRead", job.eventsRead()).add("accepted", job.accepted()).add("duplicates", job.duplicates())
                .add("rejected", job.rejected()).add("pages", job.pages());
        Optional<Integer> percent = job.state() == BackfillState.DONE ? Optional.of(100) : estimate.percent();
        if (percent.isPresent()) {
            json.add("percent", percent.get());
        } else {
            json.addNull("percent");
        }
        rate(json, "ticketsPerSecond", estimate.ticketsPerSecond());
        rate(json, "eventsPerSecond", estimate.eventsPerSecond());
        instant(json, "eta", job.state().ended() ? null : estimate.endsAt(job.state() == BackfillState.WAITING
                && job.waitUntilInstant() != null && job.waitUntilInstant().isAfter(now) ? job.waitUntilInstant() : now)
                .orElse(null));
        json.add("runningSeconds", job.running().toSeconds());
        instant(json, "waitUntil", job.waitUntilInstant());
        json.add("tokenKept", job.hasToken()).add("startedBy", job.startedBy())
                .add("startedAt", job.startedAt().toString()).add("updatedAt", job.updatedAt().toString());
        instant(json, "finishedAt", job.finishedAt());
        return json.build();
    }

    private static void rate(JsonObjectBuilder json, String name, Optional<Double> rate) {
        if (rate.isPresent()) {
            json.add(name, Math.round(rate.get() * 10) / 10.0);
        } else {
            json.addNull(name);
        }
    }

    private static String token(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonObject json = JsonBodies.object(body, "the resumption");
        for (String name : json.keySet()) {
            if (!"token".equals(name)) {
                throw new BadRequestException(name + ": is no field of a resumption; only token is");
            }
        }
        if (!json.containsKey("token") || json.isNull("token")) {
            return null;
        }
        if (!(json.get("token") instanceof JsonString text) || text.getString().isBlank()) {
            throw new BadRequestException("token: must be text");
        }
        if (text.getString().strip().length() > BackfillRequest.TOKEN_LENGTH) {
            throw new BadRequestException("token: must be at most " + BackfillRequest.TOKEN_LENGTH + " characters");
        }
        return text.getString().strip();
    }



    private static NotFoundException unknown(String id) {
        return new NotFoundException("No backfill '" + id + "'");
    }
}

package com.customerhealth.alerts.delivery;

import static com.customerhealth.platform.JsonFields.instant;
import static com.customerhealth.platform.JsonFields.integer;
import static com.customerhealth.platform.JsonFields.string;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.platform.InvalidFields;
import com.customerhealth.platform.JsonBodies;
import com.customerhealth.platform.WholeNumbers;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the caller's tenant's alerts are sent, for admins: the subscriptions (webhooks and e-mail
 * digests), each with its delivery log, a test message on request, and a webhook's secret, shown only when
 * it is made or replaced. The operator's configured ones are listed too, read-only.
 */
@Path("v1/alerts/subscriptions")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class SubscriptionsResource {

    /** The most deliveries of a page of the log. */
    public static final int MAX_SIZE = 100;

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Subscriptions subscriptions;

    @Inject
    Destinations destinations;

    @Inject
    SubscriptionRepository stored;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    CallerTenant tenant;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        destinations.of(tenant.id()).forEach(destination -> items.add(json(destination, null)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscriptionId}")
    public JsonObject one(@PathParam("subscriptionId") String id) {
        return json(destination(id), null);
    }

    /** Makes a subscription: 201 with its address and, for a webhook, its secret, shown this once. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Subscriptions.Result<Subscriptions.WithSecret> made = subscriptions.create(tenant.id(),
                SubscriptionDraft.read(JsonBodies.object(body, "the subscription"), Optional.empty()), callerName());
        if (!made.problems().isEmpty()) {
            return InvalidFields.answer("fields", made.problems());
        }
        Subscription subscription = made.value().subscription();
        return Response.created(uri.getAbsolutePathBuilder().path(subscription.id()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(json(subscription.destination(), made.value().secret()))
                .build();
    }

    /** Changes a subscription as a whole: its target, kinds, description, language and switch; not its channel. */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("subscriptionId") String id, String body) {
        Destination current = destination(id);
        Subscriptions.Result<Subscription> changed = subscriptions.change(tenant.id(), id,
                SubscriptionDraft.read(JsonBodies.object(body, "the subscription"), Optional.of(current.channel()))).orElseThrow(() -> unknown(id));
        if (!changed.problems().isEmpty()) {
            return InvalidFields.answer("fields", changed.problems());
        }
        return Response.ok(json(changed.value().destination(), null)).build();
    }

    @DELETE
    @Path("{subscriptionId}")
    public Response remove(@PathParam("subscriptionId") String id) {
        if (!subscriptions.remove(tenant.id(), id)) {
            throw unknown(id);
        }
        return Response.noContent().build();
    }

    /** Gives a webhook a new secret, answered this once; the old one signs nothing from now on. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscriptionId}/secret")
    public JsonObject replaceSecret(@PathParam("subscriptionId") String id) {
        Subscriptions.WithSecret replaced = subscriptions.replaceSecret(tenant.id(), id)
                .orElseThrow(() -> unknown(id));
        return json(replaced.subscription().destination(), replaced.secret());
    }

    /** Sends the subscription a test message at once: 202 with the delivery, to be followed in the log. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscriptionId}/test")
    public Response test(@PathParam("subscriptionId") String id) {
        Destination destination = destination(id);
        Delivery delivery = subscriptions.test(destination, callerName());
        return Response.accepted(JSON.createObjectBuilder().add("deliveryId", delivery.id())
                .add("eventId", delivery.eventId()).add("type", delivery.eventType()).build()).build();
    }

    /** The subscription's deliveries, newest first, each with every attempt at it. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Path("{subscriptionId}/deliveries")
    public JsonObject log(@PathParam("subscriptionId") String id, @QueryParam("page") @DefaultValue("1") String page,
                          @QueryParam("size") @DefaultValue("20") String size) {
        destination(id);
        int pageSize = WholeNumbers.parse("size", size, 1, MAX_SIZE);
        DeliveryRepository.Page log = deliveries.page(tenant.id(), id,
                WholeNumbers.parse("page", page, 1, Integer.MAX_VALUE / MAX_SIZE), pageSize);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Delivery delivery : log.items()) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("id", delivery.id()).add("eventId", delivery.eventId())
                    .add("type", delivery.eventType());
            string(item, "alertId", delivery.alertId());
            item.add("state", delivery.state().key()).add("attempts", delivery.attempts())
                    .add("createdAt", delivery.createdAt().toString());
            instant(item, "nextAttemptAt", delivery.nextAttemptAt());
            instant(item, "lastAttemptAt", delivery.lastAttemptAt());
            integer(item, "lastStatus", delivery.lastStatus());
            string(item, "lastError", delivery.lastError());
            instant(item, "finishedAt", delivery.finishedAt());
            JsonArrayBuilder attempts = JSON.createArrayBuilder();
            for (DeliveryAttempt attempt : log.attempts().getOrDefault(delivery.id(), List.of())) {
                JsonObjectBuilder one = JSON.createObjectBuilder().add("attempt", attempt.attempt())
                        .add("at", attempt.attemptedAt().toString());
                integer(one, "status", attempt.status());
                one.add("latencyMs", attempt.latencyMs());
                string(one, "error", attempt.error());
                attempts.add(one);
            }
            items.add(item.add("log", attempts));
        }
        return JSON.createObjectBuilder().add("total", log.total()).add("page", log.page()).add("size", log.size())
                .add("items", items).build();
    }

    private Destination destination(String id) {
        return destinations.find(tenant.id(), id).orElseThrow(() -> unknown(id));
    }

    /** A subscription as the API answers it; {@code secret} only where it was just made. */
    private JsonObject json(Destination destination, String secret) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", destination.id())
                .add("channel", destination.channel().key()).add("target", destination.target());
        JsonArrayBuilder kinds = JSON.createArrayBuilder();
        destination.kinds().stream().sorted().map(AlertKind::key).forEach(kinds::add);
        json.add("kinds", kinds);
        Optional<Subscription> made = destination.trusted() ? Optional.empty() : stored.find(tenant.id(), destination.id());
        string(json, "description", made.map(Subscription::description).orElse(null));
        string(json, "language", destination.language());
        json.add("enabled", destination.enabled()).add("configured", destination.trusted());
        instant(json, "createdAt", made.map(Subscription::createdAt).orElse(null));
        string(json, "createdBy", made.map(Subscription::createdBy).orElse(null));
        instant(json, "updatedAt", made.map(Subscription::updatedAt).orElse(null));
        if (secret != null) {
            json.add("secret", secret);
        }
        Map<DeliveryState, Long> counts = deliveries.counts(tenant.id(), destination.id());
        JsonObjectBuilder summary = JSON.createObjectBuilder();
        counts.forEach((state, count) -> summary.add(state.key(), count));
        return json.add("deliveries", summary).build();
    }



    private static NotFoundException unknown(String id) {
        return new NotFoundException("No subscription '" + id + "'");
    }

    private String callerName() {
        return caller.getUserPrincipal().getName();
    }
}

package com.customerhealth.alerts;

import static com.customerhealth.platform.JsonFields.instant;
import static com.customerhealth.platform.JsonFields.integer;
import static com.customerhealth.platform.JsonFields.string;

import com.customerhealth.platform.StorableText;
import com.customerhealth.platform.Texts;
import com.customerhealth.platform.WholeNumbers;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The caller's tenant's alerts: agents read them, managers and admins acknowledge them too. */
@Path("v1/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    /** The most alerts of a page. */
    public static final int MAX_SIZE = 200;

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The longest id of a customer or company the store holds. */
    private static final int SUBJECT_ID_LENGTH = 128;

    @Inject
    AlertRepository alerts;

    @Inject
    CallerTenant tenant;

    @Inject
    Clock clock;

    @Inject
    Event<AlertAcknowledged> acknowledged;

    @Context
    SecurityContext caller;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public JsonObject list(@QueryParam("state") List<String> states, @QueryParam("kind") List<String> kinds,
                           @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                           @QueryParam("page") @DefaultValue("1") String page,
                           @QueryParam("size") @DefaultValue("50") String size) {
        Set<AlertState> wantedStates = keys("state", states, EnumSet.noneOf(AlertState.class),
                AlertState.values(), AlertState::key);
        Set<AlertKind> wantedKinds = keys("kind", kinds, EnumSet.noneOf(AlertKind.class), AlertKind.values(),
                AlertKind::key);
        SubjectType wantedType = subjectType(subjectType, subjectId);
        int pageSize = WholeNumbers.parse("size", size, 1, MAX_SIZE);
        AlertRepository.Page answer = alerts.page(tenant.id(), wantedStates, wantedKinds, wantedType,
                wantedType == null ? null : subjectId,
                WholeNumbers.parse("page", page, 1, Integer.MAX_VALUE / MAX_SIZE), pageSize);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        answer.items().forEach(alert -> items.add(json(alert)));
        return JSON.createObjectBuilder().add("total", answer.total()).add("page", answer.page())
                .add("size", answer.size()).add("items", items).build();
    }

    @GET
    @Path("{alertId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public JsonObject one(@PathParam("alertId") String alertId) {
        return json(alerts.find(tenant.id(), alertId).orElseThrow(() -> unknown(alertId)));
    }

    /**
     * Marks an open alert acknowledged by the caller; acknowledging it again answers it as it is. A resolved
     * alert is over and answers 409.
     */
    @POST
    @Path("{alertId}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public JsonObject acknowledge(@PathParam("alertId") String alertId) {
        StoredAlert alert = alerts.locked(tenant.id(), alertId).orElseThrow(() -> unknown(alertId));
        if (alert.state() == AlertState.RESOLVED) {
            throw new ClientErrorException("Alert '" + alertId + "' is resolved already; there is nothing to"
                    + " acknowledge", Response.Status.CONFLICT);
        }
        if (alert.acknowledge(caller.getUserPrincipal().getName(), clock.instant())) {
            acknowledged.fire(new AlertAcknowledged(tenant.id(), alert));
        }
        return json(alert);
    }

    private static NotFoundException unknown(String alertId) {
        return new NotFoundException("No alert '" + alertId + "'");
    }

    /**
     * The type of the one subject whose alerts are asked for, null for every subject: {@code subjectType} and
     * {@code subjectId} name it together, or neither is given.
     */
    private static SubjectType subjectType(String type, String id) {
        if (type == null && id == null) {
            return null;
        }
        if (type == null || id == null) {
            throw new BadRequestException("'" + (type == null ? "subjectType" : "subjectId") + "' is missing:"
                    + " 'subjectType' and 'subjectId' name one customer or company together");
        }
        SubjectType named = Arrays.stream(SubjectType.values()).filter(candidate -> candidate.key().equals(type))
                .findFirst().orElseThrow(() -> new BadRequestException("'subjectType' is one of "
                        + Arrays.stream(SubjectType.values()).map(SubjectType::key).toList()));
        String problem = id.isEmpty() ? "is empty" : StorableText.problem(id, SUBJECT_ID_LENGTH);
        if (problem != null) {
            throw new BadRequestException("'subjectId' " + problem);
        }
        return named;
    }

    private static <T extends Enum<T>> Set<T> keys(String name, List<String> values, Set<T> into, T[] all,
                                                   Function<T, String> key) {
        for (String value : values) {
            for (String one : value.split(",")) {
                into.add(Arrays.stream(all).filter(candidate -> key.apply(candidate).equals(one.trim())).findFirst()
                        .orElseThrow(() -> new BadRequestException("'" + name + "' is one of "
                                + Arrays.stream(all).map(key).toList() + "; repeat it for several")));
            }
        }
        return into;
    }

    /** An alert as the API answers it, every field present, {@code null} where there is no value. */
    public static JsonObject json(StoredAlert alert) {
        Subject subject = alert.subject();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", alert.id()).add("kind", alert.kind().key())
                .add("subject", JSON.createObjectBuilder().add("type", subject.type().key()).add("id", subject.id())
                        .add("name", subject.name()))
                .add("at", alert.raisedAt().toString());
        integer(json, "score", alert.score());
        integer(json, "previousScore", alert.previousScore());
        json.add("band", alert.band().key()).add("previousBand", alert.previousBand().key())
                .add("summary", Texts.english().format(alert.summaryKey(), alert.summaryArguments().toArray()))
                .add("words", JSON.createObjectBuilder().add("key", alert.summaryKey())
                        .add("arguments", JSON.createArrayBuilder(alert.summaryArguments())));
        JsonObjectBuilder cause = JSON.createObjectBuilder().add("kind", alert.causeKind());
        string(cause, "reference", alert.causeReference());
        json.add("cause", cause).add("state", alert.state().key());
        instant(json, "acknowledgedAt", alert.acknowledgedAt());
        string(json, "acknowledgedBy", alert.acknowledgedBy());
        instant(json, "resolvedAt", alert.resolvedAt());
        return json.build();
    }
}

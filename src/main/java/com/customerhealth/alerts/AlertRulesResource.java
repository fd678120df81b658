package com.customerhealth.alerts;

import com.customerhealth.platform.InvalidFields;
import com.customerhealth.platform.JsonFields;
import com.customerhealth.platform.Problem;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's tenant's alert rules: managers and admins read them, admins save them or go back to the
 * configured defaults. Every answer is the rules as they stand ({@link TenantAlertRules}), their version
 * as the {@code ETag}; a change sent with {@code If-Match} is made only to that version.
 */
@Path("v1/alerts/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AlertRulesInForce rules;

    @Inject
    CallerTenant tenant;

    @Context
    SecurityContext caller;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response current() {
        return answer(rules.current(tenant.id()));
    }

    /**
     * Saves the settings of the body, a JSON object of setting names to values, each left out at its
     * configured value. Every wrong setting is named at once (400) and nothing is saved.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response save(String body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Map<String, String> settings;
        try {
            settings = AlertRulesJson.read(body);
        } catch (AlertRulesJson.NotSettingsException e) {
            throw new BadRequestException("The body " + e.getMessage() + "; it is an object of setting names to"
                    + " values, such as {\"scoreDrop.points\": \"20\"}");
        }
        return change(() -> rules.save(tenant.id(), settings, VersionPrecondition.ifMatch(ifMatch), callerName()));
    }

    /** Puts the configured rules in force for the tenant again; nothing changes while they are. */
    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public Response backToDefaults(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return change(() -> rules.backToDefaults(tenant.id(), VersionPrecondition.ifMatch(ifMatch), callerName()));
    }

    private static Response change(Supplier<TenantAlertRules> change) {
        try {
            return answer(change.get());
        } catch (InvalidAlertSettingsException e) {
            return invalid(e.problems());
        } catch (AlertRulesRepository.StaleVersionException e) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, "The alert rules are at version " + e.version()
                            + " now, not at the one If-Match names; nothing was changed. Read them again and send"
                            + " the change with their ETag.")
                    .toResponse();
        } catch (AlertRulesRepository.ConcurrentSaveException e) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
        }
    }

    /** 400 naming every wrong setting, as every API names wrong fields. */
    private static Response invalid(List<SettingProblem> problems) {
        return InvalidFields.answer("settings", problems.stream().map(SettingProblem::field).toList());
    }

    /** The rules as they stand, their version as the entity tag. */
    private static Response answer(TenantAlertRules standing) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("source", standing.source())
                .add("version", standing.version());
        JsonFields.instant(json, "savedAt", standing.savedAt());
        JsonFields.string(json, "savedBy", standing.savedBy());
        json.add("settings", AlertRulesJson.object(standing.settings()))
                .add("defaults", AlertRulesJson.object(standing.defaults()))
                .add("problems", InvalidFields.json(standing.problems().stream().map(SettingProblem::field).toList()));
        return Response.ok(json.build()).tag(new EntityTag(Integer.toString(standing.version()))).build();
    }

    private String callerName() {
        return caller.getUserPrincipal().getName();
    }
}

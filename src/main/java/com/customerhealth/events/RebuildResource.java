package com.customerhealth.events;

import com.customerhealth.platform.Problem;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the caller's tenant's state from its journal, for callers in the admin role. */
@Path("v1/rebuild")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rebuild", description = "The state of tickets, customers, companies and scores, folded again from every event kept")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "The caller is not in the admin role")
public class RebuildResource {

    @Inject
    Rebuild rebuild;

    @Inject
    CallerTenant tenant;

    @Context
    SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild every ticket, customer, company and score from the journal, in the background",
            description = "Starts over if a rebuild is under way. Events are taken meanwhile.")
    @APIResponse(responseCode = "202", description = "Asked for; follow it with GET",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    public Response start() {
        return Response.accepted(rebuild.request(tenant.id(), caller.getUserPrincipal().getName())).build();
    }

    @GET
    @Operation(summary = "How far the latest rebuild has come")
    @APIResponse(responseCode = "200", description = "The latest rebuild",
            content = @Content(schema = @Schema(implementation = RebuildProgress.class)))
    @APIResponse(responseCode = "404", description = "No rebuild was ever asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildProgress progress() {
        return rebuild.progress(tenant.id())
                .orElseThrow(() -> new NotFoundException("No rebuild of this tenant was ever asked for"));
    }
}

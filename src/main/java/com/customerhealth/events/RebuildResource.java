package com.customerhealth.events;

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

/** Rebuilding the caller's tenant's state from its journal, for callers in the admin role. */
@Path("v1/rebuild")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    Rebuild rebuild;

    @Inject
    CallerTenant tenant;

    @Context
    SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start() {
        return Response.accepted(rebuild.request(tenant.id(), caller.getUserPrincipal().getName())).build();
    }

    @GET
    public RebuildProgress progress() {
        return rebuild.progress(tenant.id())
                .orElseThrow(() -> new NotFoundException("No rebuild of this tenant was ever asked for"));
    }
}

package com.customerhealth.badge;

import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** The stream of score changes the badge script follows, for callers in the agent role. */
@Path("v1/health/changes")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ScoreFeedResource {

    @Inject
    CallerTenant tenant;

    @Inject
    ScoreFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void follow(@Context SseEventSink sink, @Context Sse sse) {
        feed.follow(tenant.id(), sink, sse);
    }
}

package com.customerhealth.events;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The helpdesk's events over HTTP: CloudEvents in structured JSON, signed as Standard Webhooks. Open to
 * every caller because the signature, checked with the tenant's secret, is what admits a request.
 */
@Path("v1/events")
@RequestScoped
@PermitAll
public class EventsResource {

    @Inject
    EventIntake intake;

    @POST
    @Consumes({EventIntake.SINGLE, EventIntake.BATCH})
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Content-Type") String contentType,
                            @HeaderParam("webhook-id") String webhookId,
                            @HeaderParam("webhook-timestamp") String timestamp,
                            @HeaderParam("webhook-signature") String signature,
                            InputStream body) throws IOException {
        List<Verdict> verdicts = intake.receive(contentType, new WebhookSignature(webhookId, timestamp, signature), body);
        return Response.accepted(verdicts).type(MediaType.APPLICATION_JSON).build();
    }
}

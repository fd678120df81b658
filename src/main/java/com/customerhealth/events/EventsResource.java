package com.customerhealth.events;

import com.customerhealth.platform.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The helpdesk's events over HTTP: CloudEvents in structured JSON, signed as Standard Webhooks. Open to
 * every caller because the signature, checked with the tenant's secret, is what admits a request.
 */
@Path("v1/events")
@RequestScoped
@PermitAll
@Tag(name = "Events", description = "What happened at the helpdesk")
@SecurityRequirements
public class EventsResource {

    @Inject
    EventIntake intake;

    @POST
    @Consumes({EventIntake.SINGLE, EventIntake.BATCH})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events from the helpdesk, one or a batch of up to 1,000",
            description = "Answers one verdict per event once they are stored: accepted, duplicate, or rejected with the reason.")
    @APIResponse(responseCode = "202", description = "One verdict per event, in order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class)))
    @APIResponse(responseCode = "400", description = "Not CloudEvents JSON, or a single event with a bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Signature missing, wrong, or its timestamp more than 5 minutes off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body or batch over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The store is unavailable; send the same events again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@HeaderParam("Content-Type") String contentType,
                            @Parameter(description = "Standard Webhooks message id") @HeaderParam("webhook-id") String webhookId,
                            @Parameter(description = "Unix seconds") @HeaderParam("webhook-timestamp") String timestamp,
                            @Parameter(description = "v1,<base64 HMAC-SHA256>") @HeaderParam("webhook-signature") String signature,
                            InputStream body) throws IOException {
        List<Verdict> verdicts = intake.receive(contentType, new WebhookSignature(webhookId, timestamp, signature), body);
        return Response.accepted(verdicts).type(MediaType.APPLICATION_JSON).build();
    }
}

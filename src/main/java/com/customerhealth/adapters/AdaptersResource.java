package com.customerhealth.adapters;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A helpdesk's own webhooks, {@code POST /chm/api/v1/adapters/<helpdesk>?tenant=<id>}: each signed as that
 * helpdesk signs them, so open to every caller: the signature, checked with the secret configured for the
 * helpdesk and tenant, admits a request.
 *
 * <pre>{@code
 * curl -H 'Content-Type: application/json' -H 'X-Hub-Signature: sha1=...' -d @trigger.json \
 *      'http://localhost:8080/chm/api/v1/adapters/zammad'
 * }</pre>
 */
@Path("v1/adapters/{helpdesk}")
@RequestScoped
@PermitAll
public class AdaptersResource {

    @Inject
    AdapterIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("helpdesk") String helpdesk, @QueryParam("tenant") String tenant,
                            @Context HttpHeaders headers, InputStream body) throws IOException {
        Map<String, String> first = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        List<com.customerhealth.events.Verdict> verdicts = intake.receive(helpdesk, tenant, first, body);
        return Response.accepted(verdicts).type(MediaType.APPLICATION_JSON).build();
    }
}

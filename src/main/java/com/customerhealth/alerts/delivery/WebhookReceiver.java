package com.customerhealth.alerts.delivery;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * A subscriber's webhook, as MicroProfile Rest Client calls it: the message posted to the subscription's
 * URL as it is, a structured CloudEvent, with the Standard Webhooks headers that sign it. Built for each URL
 * with {@code RestClientBuilder} ({@link WebhookSender}).
 */
@ClientHeaderParam(name = "User-Agent", value = "Customer-Health-Monitor")
public interface WebhookReceiver extends AutoCloseable {

    /** The media type of a structured CloudEvent. */
    String CLOUDEVENT = "application/cloudevents+json; charset=utf-8";

    @POST
    @Consumes(CLOUDEVENT)
    Response deliver(@HeaderParam("webhook-id") String id, @HeaderParam("webhook-timestamp") String timestamp,
                     @HeaderParam("webhook-signature") String signature, String body);
}

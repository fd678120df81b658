package com.customerhealth.backfill;

import java.net.URI;
import java.time.Instant;

/**
 * Where a helpdesk's history is read from and what its events are called in the plugin.
 *
 * @param tenantId the tenant the events belong to
 * @param baseUrl  the helpdesk's address, as an admin entered it ({@code https://acme.zendesk.com},
 *                 {@code https://rt.example.com}); checked as an outbound target before it is called
 * @param user     who the plugin signs in as, where the helpdesk's scheme names one (Zendesk's agent e-mail);
 *                 {@code null} otherwise
 * @param token    the API token (Zendesk's API token, RT's auth token); never shown again once entered
 * @param source   the {@code source} of every event read, the same as the helpdesk's live webhooks carry,
 *                 so that an event both sent live and read here is taken once
 * @param since    the earliest change read; {@code null}: the whole history
 */
public record HistoryConnection(String tenantId, URI baseUrl, String user, String token, String source,
                                Instant since) {

    @Override
    public String toString() {
        // The token stays out of logs and messages.
        return "HistoryConnection[" + tenantId + ", " + baseUrl + ", " + user + ", " + source + ", " + since + "]";
    }
}

package com.customerhealth.adapters.zendesk;

import com.customerhealth.backfill.BackfillSettings;
import com.customerhealth.backfill.HelpdeskHistory;
import com.customerhealth.backfill.HistoryConnection;
import com.customerhealth.backfill.HistoryReader;
import com.customerhealth.backfill.RequestPacing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * A Zendesk account's history, read through its incremental export API ({@link ZendeskHistoryReader}) with
 * an admin's API token: {@code user} the agent's e-mail (Basic {@code <email>/token:<token>}), or no user for
 * an OAuth access token. Zendesk takes 10 requests a minute to its incremental exports, the pace a backfill
 * keeps unless the admin names another. The events' source is the account's address as its webhooks'
 * ({@code chm.adapters.zendesk.source}).
 *
 * <pre>{@code
 * POST /chm/api/v1/backfill {"kind": "zendesk", "url": "https://acme.zendesk.com", "user": "admin@acme.com", "token": "…"}
 * }</pre>
 */
@ApplicationScoped
public class ZendeskHistory implements HelpdeskHistory {

    @Inject
    BackfillSettings settings;

    @Override
    public String kind() {
        return "zendesk";
    }

    @Override
    public String title() {
        return "Zendesk";
    }

    @Override
    public int requestsPerMinute() {
        return 10;
    }

    @Override
    public String sourceOf(URI baseUrl) {
        return ZendeskEvents.sourceOf(baseUrl);
    }

    @Override
    public HistoryReader open(HistoryConnection connection, RequestPacing pacing) {
        return new ZendeskHistoryReader(connection, pacing, ZendeskHistoryReader.connect(connection.baseUrl(),
                settings.connectTimeout(), settings.readTimeout()));
    }
}

package com.customerhealth.backfill;

import java.net.URI;

/**
 * A kind of helpdesk whose past can be read into the plugin: an application-scoped bean per kind, found by
 * {@link #kind()} when an admin starts a backfill. The plugin reads the history page by page through the
 * reader it opens, hands each page's events to the same processing as live webhooks, and keeps the cursor
 * after each page, so a backfill stopped by a restart goes on from there.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ZendeskHistory implements HelpdeskHistory {
 *     public String kind() { return "zendesk"; }
 *     public HistoryReader open(HistoryConnection connection, RequestPacing pacing) { ... }
 * }
 * }</pre>
 */
public interface HelpdeskHistory {

    /** The name an admin picks the helpdesk by, in the API and on the page: {@code zendesk}, {@code rt}. */
    String kind();

    /** How this kind of helpdesk is named to a person: "Zendesk", "Request Tracker 5". */
    String title();

    /**
     * How many requests a minute the helpdesk takes from one API client unless the admin says otherwise:
     * a backfill is paced to this ({@link RequestPacing}).
     */
    default int requestsPerMinute() {
        return 60;
    }

    /**
     * The {@code source} the helpdesk's live webhooks give their events when its address is {@code baseUrl},
     * which a backfill's events take unless the admin names another, so that an event read both ways is
     * taken once.
     */
    default String sourceOf(URI baseUrl) {
        return baseUrl.toString();
    }

    /**
     * A reader of the history behind {@code connection}, calling the helpdesk no faster than {@code pacing}
     * lets it. Nothing is called yet: the first {@link HistoryReader#read} does.
     */
    HistoryReader open(HistoryConnection connection, RequestPacing pacing);
}

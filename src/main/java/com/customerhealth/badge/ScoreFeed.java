package com.customerhealth.badge;

import com.customerhealth.health.ChangeStreamMessage;
import com.customerhealth.health.HealthJson;
import com.customerhealth.health.HealthQueries;
import com.customerhealth.health.ScoresChanged;
import com.customerhealth.platform.InLists;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the open pages of a tenant, over server-sent events, the new health of each customer and company
 * whose score was stored. Changes are gathered for {@code chm.badge.push-delay-ms} (200 ms by default)
 * and sent together, so a burst of events costs one read per burst; pages of other tenants hear nothing.
 * A tenant without open pages costs nothing. Other features' messages ({@link ChangeStreamMessage}, such
 * as the alerts') are sent to the same pages as they come, each to its own tenant's pages only.
 */
@ApplicationScoped
public class ScoreFeed {

    private static final Logger LOG = Logger.getLogger(ScoreFeed.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    HealthQueries queries;

    @Inject
    @ConfigProperty(name = "chm.badge.push-delay-ms", defaultValue = "200")
    long pushDelayMillis;

    private final Map<String, TenantFeed> feeds = new ConcurrentHashMap<>();

    /** Sends {@code sink} every later score change of {@code tenantId}, until it closes. */
    void follow(String tenantId, SseEventSink sink, Sse sse) {
        feeds.computeIfAbsent(tenantId, id -> new TenantFeed(sse)).add(sink);
    }

    void scoresStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoresChanged changed) {
        TenantFeed feed = feeds.get(changed.tenantId());
        if (feed != null && feed.isFollowed() && feed.gather(changed)) {
            scheduler.schedule(() -> send(changed.tenantId(), feed), pushDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    void messageCommitted(@Observes ChangeStreamMessage message) {
        TenantFeed feed = feeds.get(message.tenantId());
        if (feed == null || !feed.isFollowed()) {
            return;
        }
        try {
            feed.send(message.name(), message.json());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell open pages of tenant " + message.tenantId() + " of "
                    + message.name(), e);
        }
    }

    private void send(String tenantId, TenantFeed feed) {
        try {
            Set<String> customers;
            Set<String> companies;
            synchronized (feed) {
                customers = feed.customers;
                companies = feed.companies;
                feed.customers = new HashSet<>();
                feed.companies = new HashSet<>();
                feed.scheduled = false;
            }
            for (List<String> chunk : InLists.of(customers)) {
                queries.customers(tenantId, chunk).forEach(view -> feed.send("customer", HealthJson.write(view)));
            }
            for (List<String> chunk : InLists.of(companies)) {
                queries.companies(tenantId, chunk).forEach(view -> feed.send("company", HealthJson.write(view)));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell open pages of tenant " + tenantId + " of new scores", e);
        }
    }

    /** The open pages of one tenant and the changes gathered for them. */
    private static final class TenantFeed {

        private final Sse sse;
        private final SseBroadcaster broadcaster;
        private final Set<SseEventSink> sinks = ConcurrentHashMap.newKeySet();
        private Set<String> customers = new HashSet<>();
        private Set<String> companies = new HashSet<>();
        private boolean scheduled;

        TenantFeed(Sse sse) {
            this.sse = sse;
            this.broadcaster = sse.newBroadcaster();
        }

        void add(SseEventSink sink) {
            sinks.add(sink);
            broadcaster.register(sink);
            // Sent at once so the page knows it is connected; a page that loses the stream retries after 2 s.
            sink.send(sse.newEventBuilder().comment("following score changes")
                    .reconnectDelay(TimeUnit.SECONDS.toMillis(2)).build());
        }

        /** Whether a page still listens; a page that went away is noticed when a send to it fails. */
        boolean isFollowed() {
            sinks.removeIf(SseEventSink::isClosed);
            return !sinks.isEmpty();
        }

        /** Adds the change; true when no sending is scheduled yet, so the caller schedules one. */
        synchronized boolean gather(ScoresChanged changed) {
            customers.addAll(changed.customerIds());
            companies.addAll(changed.companyIds());
            boolean first = !scheduled;
            scheduled = true;
            return first;
        }

        void send(String name, String json) {
            broadcaster.broadcast(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, json).build());
        }
    }
}

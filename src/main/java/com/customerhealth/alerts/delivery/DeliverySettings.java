package com.customerhealth.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How alert messages are sent, from MicroProfile Config ({@code chm.alerts.delivery.*}); the README lists them. */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "chm.alerts.event-source", defaultValue = "urn:customer-health-monitor")
    String eventSource;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.poll-ms", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.senders", defaultValue = "8")
    int senders;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.read-timeout-ms", defaultValue = "10000")
    long readTimeoutMillis;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.first-retry-seconds", defaultValue = "10")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.longest-retry-seconds", defaultValue = "3600")
    long longestRetrySeconds;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.give-up-seconds", defaultValue = "86400")
    long giveUpSeconds;

    @Inject
    @ConfigProperty(name = "chm.alerts.delivery.retention-days", defaultValue = "30")
    int retentionDays;

    /** The {@code source} attribute of every message: a URI reference naming this install. */
    public String eventSource() {
        return eventSource;
    }

    /** How often the outbox is looked at besides the moments a transaction wrote to it. */
    public Duration poll() {
        return Duration.ofMillis(Math.max(50, pollMillis));
    }

    /** How many subscriptions are sent to at once: one slow receiver holds one sender, not the others. */
    public int senders() {
        return Math.max(1, senders);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(Math.max(1, connectTimeoutMillis));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(Math.max(1, readTimeoutMillis));
    }

    /**
     * How long a sender holds a delivery it is trying: twice the longest an attempt can take. A sender that
     * died lets its delivery go this long after it took it.
     */
    public Duration lease() {
        return connectTimeout().plus(readTimeout()).multipliedBy(2);
    }

    /** When a failed delivery is tried again, and until when. */
    public Backoff backoff() {
        Duration first = Duration.ofSeconds(Math.max(1, firstRetrySeconds));
        Duration longest = Duration.ofSeconds(Math.max(firstRetrySeconds, longestRetrySeconds));
        return new Backoff(first, longest.compareTo(first) < 0 ? first : longest, Duration.ofSeconds(Math.max(0, giveUpSeconds)));
    }

    /** How long finished deliveries stay in the log. */
    public Duration retention() {
        return Duration.ofDays(Math.max(1, retentionDays));
    }
}

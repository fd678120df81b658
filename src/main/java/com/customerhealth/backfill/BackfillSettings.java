package com.customerhealth.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How backfills run, from MicroProfile Config ({@code chm.backfill.*}); the README lists them. The readers
 * of each helpdesk take their timeouts from here too.
 */
@ApplicationScoped
public class BackfillSettings {

    @Inject
    @ConfigProperty(name = "chm.backfill.poll-ms", defaultValue = "5000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "chm.backfill.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "chm.backfill.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "chm.backfill.connect-timeout-ms", defaultValue = "10000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "chm.backfill.read-timeout-ms", defaultValue = "60000")
    long readTimeoutMillis;

    /** How often backfills left by a stopped server, or done waiting for the helpdesk, are looked for. */
    public Duration poll() {
        return Duration.ofMillis(Math.max(50, pollMillis));
    }

    /** How many backfills one server reads at once. */
    public int workers() {
        return Math.max(1, workers);
    }

    /**
     * How long a server holds a backfill without a word: renewed with every request, so a server that died
     * lets its backfill go this long after its last request, for another to go on from the cursor.
     */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(10, leaseSeconds));
    }

    /** The longest a reader waits for the helpdesk to take its connection. */
    public Duration connectTimeout() {
        return Duration.ofMillis(Math.max(1, connectTimeoutMillis));
    }

    /** The longest a reader waits for the helpdesk's answer. */
    public Duration readTimeout() {
        return Duration.ofMillis(Math.max(1, readTimeoutMillis));
    }
}

package com.customerhealth.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Until every readiness check of the plugin is up (the store migrated, the configured rules valid),
 * every request is answered 503 with {@code Retry-After}: problem details for the API, the plugin's page
 * elsewhere. A sender of events learns to send them again, never that the address is unknown. Once
 * ready, the gate stays open: a database that goes away later is answered by the event intake itself.
 */
public class StartupGate implements Filter {

    /** Seconds a refused caller is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    private volatile boolean open;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String notReady = open ? null : reasonNotReady();
        if (notReady == null) {
            open = true;
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ErrorAnswers.send((HttpServletRequest) request, answer, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "The plugin is not ready yet (" + notReady + "); send the same request again in "
                        + RETRY_AFTER_SECONDS + " s");
    }

    /** What keeps the plugin from being ready, in a few words; null when nothing does. */
    private String reasonNotReady() {
        String down = StreamSupport.stream(readiness.spliterator(), false)
                .map(HealthCheck::call)
                .filter(check -> check.getStatus() != HealthCheckResponse.Status.UP)
                .map(HealthCheckResponse::getName)
                .collect(Collectors.joining(", "));
        return down.isEmpty() ? null : down + " not ready";
    }
}

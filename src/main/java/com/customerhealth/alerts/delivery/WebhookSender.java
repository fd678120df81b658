package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.OutboundPolicy;
import com.customerhealth.platform.OutboundTargets;
import com.customerhealth.platform.Texts;
import com.customerhealth.platform.WebhookSigning;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Posts a delivery to its webhook through MicroProfile Rest Client, signed by Standard Webhooks with the
 * subscription's secret: {@code webhook-id} is the message's id (the same on every attempt, so a receiver
 * drops what it already took), {@code webhook-timestamp} the attempt's second. A 2xx answer delivers it;
 * any other answer, a redirect included, or none within the timeouts, is a failed attempt. A target an
 * admin entered is checked again before each attempt, as its name may resolve elsewhere by then.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    /** Clients kept at most; past it they are all closed and built again as needed. */
    private static final int KEPT_CLIENTS = 256;

    @Inject
    DeliverySettings settings;

    @Inject
    OutboundPolicy policy;

    @Inject
    Clock clock;

    /** One client per URL: building one costs far more than a call through it. */
    private final Map<String, WebhookReceiver> receivers = new ConcurrentHashMap<>();

    /** Makes one attempt at {@code delivery} to {@code destination}; never throws. */
    Attempt send(Destination destination, Delivery delivery) {
        Instant at = clock.instant();
        if (!destination.trusted()) {
            Optional<OutboundTargets.Refusal> refusal = policy.check(destination.target());
            if (refusal.isPresent()) {
                return new Attempt(at, null, 0, "Not sent: " + refusal.get().words(Texts.english()));
            }
        }
        long timestamp = at.getEpochSecond();
        String signature = WebhookSigning.sign(destination.secret(), delivery.eventId(), timestamp, delivery.payload());
        long started = System.nanoTime();
        try (Response response = receiver(destination.target()).deliver(delivery.eventId(), Long.toString(timestamp),
                signature, delivery.payload())) {
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                return new Attempt(at, status, latency, null);
            }
            Response.StatusType type = response.getStatusInfo();
            return new Attempt(at, status, latency, "The receiver answered " + status
                    + (type == null || type.getReasonPhrase() == null ? "" : " " + type.getReasonPhrase()));
        } catch (ProcessingException | WebApplicationException | IllegalArgumentException e) {
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Attempt(at, null, latency, "The receiver could not be reached: " + describe(e));
        }
    }

    private WebhookReceiver receiver(String target) {
        WebhookReceiver receiver = receivers.get(target);
        if (receiver != null) {
            return receiver;
        }
        if (receivers.size() >= KEPT_CLIENTS) {
            closeAll();
        }
        return receivers.computeIfAbsent(target, url -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                // Every answer is looked at here; none becomes an exception.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(WebhookReceiver.class));
    }

    /** The innermost cause's words: "Connection refused", "Read timed out". */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @PreDestroy
    void closeAll() {
        for (String url : receivers.keySet()) {
            WebhookReceiver receiver = receivers.remove(url);
            if (receiver != null) {
                try {
                    receiver.close();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "Closing the client of a webhook failed", e);
                }
            }
        }
    }
}

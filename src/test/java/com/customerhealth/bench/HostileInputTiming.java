package com.customerhealth.bench;

import com.customerhealth.events.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The hostile-input benchmark: how long the plugin takes to refuse an event that the store could not hold
 * (a NUL character in its id), alone and inside a batch of 1,000 otherwise good events, beside the same
 * requests without it, measured in one run. Prints p50/p90/max per kind and the batch ratio.
 *
 * <pre>
 * mvn -q exec:java@hostile-input-timing -Dexec.args="--url http://localhost:8080/chm --secret s3cret"
 * </pre>
 */
public final class HostileInputTiming {

    private static final Logger LOG = Logger.getLogger(HostileInputTiming.class.getName());
    private static final String SOURCE = "https://bench.example.com";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI events;
    private final String secret;
    private final Random random = new Random(20261201L);

    private HostileInputTiming(URI events, String secret) {
        this.events = events;
        this.secret = secret;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/chm";
        String secret = System.getenv("CHM_EVENTS_SECRET");
        int rounds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--secret" -> secret = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; options: --url, --secret,"
                        + " --rounds (batches of each kind, default 20)");
            }
        }
        if (secret == null) {
            throw new IllegalArgumentException("Give the events secret with --secret or CHM_EVENTS_SECRET");
        }
        HostileInputTiming timing = new HostileInputTiming(URI.create((url.endsWith("/") ? url : url + "/") + "api/v1/events"),
                secret);
        timing.run(rounds);
    }

    private void run(int rounds) throws Exception {
        for (int i = 0; i < 5; i++) {
            time(batch(false), 202);
            time(batch(true), 202);
            time(one(false), 202);
            time(one(true), 400);
        }
        List<Double> clean = new ArrayList<>();
        List<Double> hostile = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // Alternating, so a store growing with every batch weighs on both kinds alike.
            clean.add(time(batch(false), 202));
            hostile.add(time(batch(true), 202));
        }
        List<Double> single = new ArrayList<>();
        List<Double> singleClean = new ArrayList<>();
        for (int i = 0; i < rounds * 10; i++) {
            singleClean.add(time(one(false), 202));
            single.add(time(one(true), 400));
        }
        print("1,000 good events in one batch", clean);
        print("1,000 events, one with a NUL in its id", hostile);
        print("one good event", singleClean);
        print("one event with a NUL in its id, refused", single);
        LOG.info(() -> String.format(Locale.ROOT, "Batch with the NUL event / clean batch, p50: %.2f", percentile(hostile, 50)
                / percentile(clean, 50)));
    }

    /** A batch of 1,000 new tickets; when {@code hostile}, one of them, anywhere, has a NUL in its id. */
    private String batch(boolean hostile) {
        int bad = hostile ? random.nextInt(1000) : -1;
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            body.append(i == 0 ? "" : ",").append(event(i == bad));
        }
        return body.append(']').toString();
    }

    private String one(boolean hostile) {
        return event(hostile);
    }

    private String event(boolean hostile) {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(60 + random.nextInt(86_400 * 30));
        return "{\"specversion\":\"1.0\",\"id\":\"" + (hostile ? "\\u0000" : "") + "e-" + id + "\",\"source\":\"" + SOURCE
                + "\",\"type\":\"ticket.created\",\"time\":\"" + at + "\",\"data\":{\"ticketId\":\"t-" + id
                + "\",\"customerId\":\"bench-customer-" + random.nextInt(500) + "\",\"createdAt\":\"" + at
                + "\",\"status\":\"open\"}}";
    }

    /** Milliseconds from sending {@code body} to its whole answer, which must have {@code status}. */
    private double time(String body, int status) throws Exception {
        boolean batch = body.startsWith("[");
        String messageId = "msg_" + UUID.randomUUID();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(events)
                .header("Content-Type", batch ? "application/cloudevents-batch+json" : "application/cloudevents+json")
                .header("webhook-id", messageId).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        if (answer.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return millis;
    }

    private static void print(String what, List<Double> millis) {
        LOG.info(() -> String.format(Locale.ROOT, "%-42s %4d requests  p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms", what,
                millis.size(), percentile(millis, 50), percentile(millis, 90), Collections.max(millis)));
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}

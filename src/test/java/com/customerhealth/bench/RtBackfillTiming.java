package com.customerhealth.bench;

import com.customerhealth.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The Request Tracker benchmark: creates tickets in a real RT 5 through REST 2.0 (customers of a few
 * companies, half of the tickets answered by an agent, a third resolved), which the plugin's scrip posts to
 * a live plugin; measures the webhook-to-score latency through the scrip (from sending the REST 2.0 request
 * that creates a ticket for a new customer until the live plugin's change stream carries that customer's
 * score); then backfills a second plugin, its database empty, from RT's history of those tickets and
 * measures tickets and events per second.
 *
 * <pre>
 * mvn -q exec:java@rt-backfill-timing -Dexec.args="--rt http://127.0.0.1:8095 --token-file /var/lib/chm-rt/token
 *     --live http://localhost:8096/chm --fresh http://localhost:8097/chm --user bench-admin --password s
 *     --tickets 2000 --samples 200"
 * </pre>
 */
public final class RtBackfillTiming {

    private static final Logger LOG = Logger.getLogger(RtBackfillTiming.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String rt;
    private final String token;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private RtBackfillTiming(String rt, String token) {
        this.rt = rt;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String rt = options.getOrDefault("rt", "http://127.0.0.1:8095");
        String token = Files.readString(Path.of(options.getOrDefault("token-file", "/var/lib/chm-rt/token"))).strip();
        int tickets = Integer.parseInt(options.getOrDefault("tickets", "2000"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "200"));
        Api live = Api.at(new URL(options.get("live") + "/")).as(options.get("user"), options.get("password"));
        Api fresh = Api.at(new URL(options.get("fresh") + "/")).as(options.get("user"), options.get("password"));
        new RtBackfillTiming(rt, token).measure(live, fresh, tickets, samples);
    }

    private void measure(Api live, Api fresh, int tickets, int samples) throws InterruptedException {
        Instant since = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        int customers = Math.max(1, tickets / 10);
        for (int c = 0; c < customers; c++) {
            rt("POST", "user", "{\"Name\":\"" + customer(c) + "\",\"EmailAddress\":\"" + customer(c)
                    + "\",\"RealName\":\"Customer " + c + "\",\"Organization\":\"Company " + run + "-" + (c % 20) + "\"}");
        }
        long started = System.nanoTime();
        int transactions = 0;
        for (int t = 0; t < tickets; t++) {
            String id = create(customer(t % customers));
            transactions++;
            if (t % 2 == 0) {
                rt("POST", "ticket/" + id + "/correspond", "{\"Content\":\"On it\",\"ContentType\":\"text/plain\"}");
                transactions++;
            }
            if (t % 3 == 0) {
                rt("PUT", "ticket/" + id, "{\"Status\":\"resolved\"}");
                transactions++;
            }
            if ((t + 1) % 250 == 0) {
                int done = t + 1;
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.info(() -> String.format(Locale.ROOT, "  %,d tickets created in RT, %.1f tickets/s", done,
                        done / seconds));
            }
        }
        double creating = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Created %,d tickets (%,d REST 2.0 changes) in RT in %.0f s: %.1f tickets/s,"
                + " %.1f changes/s, the scrip posting each%n", tickets, transactions, creating, tickets / creating,
                transactions / creating);

        BlockingQueue<String> changes = live.follow("api/v1/health/changes");
        List<Long> latencies = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            String customer = "latency-" + s + "-" + run + "@bench.example";
            long sent = System.nanoTime();
            create(customer);
            answers.add(System.nanoTime() - sent);
            while (true) {
                String change = changes.poll(30, TimeUnit.SECONDS);
                if (change == null) {
                    throw new IllegalStateException("No score of " + customer + " within 30 s");
                }
                if (change.startsWith("customer\n") && change.contains("\"" + customer + "\"")) {
                    latencies.add(System.nanoTime() - sent);
                    break;
                }
            }
        }
        System.out.println("Webhook to score through the RT scrip, " + samples + " new tickets of new customers: "
                + LatencySummary.of(latencies).describe());
        // The scrip posts within RT's request: RT's own work on it is part of the latency above.
        System.out.println("RT's answer to the same requests: " + LatencySummary.of(answers).describe());

        long backfillStarted = System.nanoTime();
        HttpResponse<String> asked = fresh.postJson("api/v1/backfill", Json.createObjectBuilder().add("kind", "rt")
                .add("url", rt).add("token", token).add("since", since.toString()).add("requestsPerMinute", 6000)
                .build().toString());
        if (asked.statusCode() / 100 != 2) {
            throw new IllegalStateException("Backfill refused: " + asked.statusCode() + " " + asked.body());
        }
        String job = Api.json(asked).asJsonObject().getString("id");
        JsonObject state;
        long lastLog = 0;
        while (true) {
            state = Api.json(fresh.get("api/v1/backfill/" + job)).asJsonObject();
            if (List.of("done", "failed", "cancelled").contains(state.getString("state"))) {
                break;
            }
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(30)) {
                lastLog = System.nanoTime();
                JsonObject progress = state;
                LOG.info(() -> "  backfill: " + progress.get("ticketsRead") + " of " + progress.get("ticketsTotal")
                        + " tickets, " + progress.get("eventsRead") + " events");
            }
            Thread.sleep(200);
        }
        double backfilling = (System.nanoTime() - backfillStarted) / 1e9;
        long ticketsRead = state.getJsonNumber("ticketsRead").longValue();
        long eventsRead = state.getJsonNumber("eventsRead").longValue();
        System.out.printf(Locale.ROOT, "Backfill from RT %s: %,d tickets, %,d events (%,d accepted, %,d duplicates,"
                        + " %,d rejected) in %.1f s: %.1f tickets/s, %.0f events/s%n", state.getString("state"),
                ticketsRead, eventsRead, state.getJsonNumber("accepted").longValue(),
                state.getJsonNumber("duplicates").longValue(), state.getJsonNumber("rejected").longValue(), backfilling,
                ticketsRead / backfilling, eventsRead / backfilling);
    }

    private String customer(int c) {
        return "bench-" + c + "-" + run + "@bench.example";
    }

    private String create(String requestor) {
        String body = rt("POST", "ticket", "{\"Queue\":\"General\",\"Subject\":\"Benchmark\",\"Requestor\":\""
                + requestor + "\",\"Content\":\"Help\",\"ContentType\":\"text/plain\"}");
        return Json.createReader(new StringReader(body)).readObject().getString("id");
    }

    private String rt(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(rt + "/REST/2.0/" + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "token " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

package com.customerhealth.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The rescoring benchmark: saves a preset as an admin would on the settings page, then follows the
 * recomputation of every score it starts until it is done, and prints the customers recomputed, the
 * wall time (from the save's answer to the last customer, and as the server timed it) and customers per
 * second. Each save after the first alternates between two presets, so every run changes every score's rules.
 *
 * <pre>
 * mvn -q exec:java@rescore-timing -Dexec.args="--url http://localhost:8080/chm --user admin --preset b2b"
 * </pre>
 */
public final class RescoreTiming {

    private static final Logger LOG = Logger.getLogger(RescoreTiming.class.getName());

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String authorization;

    private RescoreTiming(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/chm";
        String user = "admin";
        String password = null;
        String preset = "b2b";
        int runs = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--preset" -> preset = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --url, --user, --password (default: the user's name), --preset, --runs");
            }
        }
        RescoreTiming timing = new RescoreTiming(URI.create(url.endsWith("/") ? url : url + "/"), user,
                password == null ? user : password);
        for (int run = 0; run < runs; run++) {
            timing.saveAndFollow(run % 2 == 0 ? preset : "b2c-small");
        }
    }

    private void saveAndFollow(String presetKey) throws IOException, InterruptedException {
        JsonObject settings = json(send(HttpRequest.newBuilder(base.resolve("api/v1/settings")).GET()));
        JsonObject rules = settings.getJsonArray("presets").getValuesAs(JsonObject.class).stream()
                .filter(preset -> preset.getString("key").equals(presetKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No preset " + presetKey)).getJsonObject("rules");
        long start = System.nanoTime();
        JsonObject saved = json(send(HttpRequest.newBuilder(base.resolve("api/v1/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(rules.toString()))));
        int version = saved.getJsonObject("saved").getInt("version");
        LOG.info(() -> "Saved preset " + presetKey + " as version " + version + "; following the recomputation");
        int lastPercent = -1;
        while (true) {
            JsonObject progress = json(send(HttpRequest.newBuilder(base.resolve("api/v1/settings/rescoring")).GET()));
            if (progress.getInt("version") != version) {
                throw new IllegalStateException("Another save took over: " + progress);
            }
            if (progress.getInt("percent") / 10 != lastPercent / 10) {
                lastPercent = progress.getInt("percent");
                int percent = lastPercent;
                LOG.info(() -> String.format(Locale.ROOT, "  %,d of %,d customers (%d %%)", progress.getInt("done"),
                        progress.getInt("total"), percent));
            }
            if (!progress.isNull("finishedAt")) {
                double seconds = (System.nanoTime() - start) / 1e9;
                double serverSeconds = Duration.between(Instant.parse(progress.getString("startedAt")),
                        Instant.parse(progress.getString("finishedAt"))).toMillis() / 1e3;
                int total = progress.getInt("total");
                LOG.info(String.format(Locale.ROOT, "Recomputed %,d customers in %.2f s from the save (%.2f s on the"
                                + " server): %,.0f customers/s", total, seconds, serverSeconds,
                        total / Math.max(seconds, 1e-3)));
                return;
            }
            Thread.sleep(50);
        }
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}

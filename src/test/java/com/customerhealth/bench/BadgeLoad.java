package com.customerhealth.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The badge benchmark: agents each loading the agent view's ticket list (50 badges) again and again for
 * a while, then the same agents asking the batch API for the health of 50 customers. Prints requests per
 * second and the p50/p99 time of a request, taken on the same machine as the server so that it is the
 * server's time plus a loopback round trip.
 *
 * <pre>
 * mvn -q exec:java@badge-load -Dexec.args="--url http://localhost:8080/chm --user agent --agents 20 --seconds 30"
 * </pre>
 */
public final class BadgeLoad {

    private static final Logger LOG = Logger.getLogger(BadgeLoad.class.getName());
    private static final Pattern CUSTOMER_BADGE = Pattern.compile("data-chm-badge=\"customer:([^\"]+)\"");
    private static final String PAGE = "agent/tickets.xhtml?show=all";

    private final URI base;
    private final String authorization;
    private final int agents;
    private final Duration length;

    private BadgeLoad(URI base, String user, String password, int agents, Duration length) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.agents = agents;
        this.length = length;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/chm";
        String user = "agent";
        String password = null;
        int agents = 20;
        int seconds = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--agents" -> agents = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --url, --user, --password (default: the user's name), --agents, --seconds");
            }
        }
        BadgeLoad load = new BadgeLoad(URI.create(url.endsWith("/") ? url : url + "/"), user,
                password == null ? user : password, agents, Duration.ofSeconds(seconds));
        load.run();
    }

    private void run() throws Exception {
        HttpClient warm = client();
        String page = send(warm, page()).body();
        Set<String> ids = new LinkedHashSet<>();
        Matcher badge = CUSTOMER_BADGE.matcher(page);
        while (badge.find()) {
            ids.add(badge.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The ticket list shows no badge: is there data, and may " + base + " be"
                    + " read by this user?");
        }
        String batch = ids.stream().map(id -> '"' + id.replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]"));
        LOG.info(() -> "The ticket list shows " + ids.size() + " badges; " + agents + " agents, "
                + length.toSeconds() + " s per run, after a 5 s warm-up");
        measure("Ticket list page, " + ids.size() + " badges", client -> page());
        measure("Batch API, " + ids.size() + " customers", client -> HttpRequest.newBuilder(
                        base.resolve("api/v1/customers/health"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch)));
    }

    private HttpRequest.Builder page() {
        return HttpRequest.newBuilder(base.resolve(PAGE)).GET();
    }

    /** Runs {@code request} from every agent, first for 5 s unmeasured, then for the run's length. */
    private void measure(String what, Function<HttpClient, HttpRequest.Builder> request) throws Exception {
        run(request, Duration.ofSeconds(5));
        List<Long> times = run(request, length);
        Collections.sort(times);
        LOG.info(String.format(Locale.ROOT, "%s: %d requests in %d s, %.0f requests/s, p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms", what, times.size(), length.toSeconds(), times.size() / (double) length.toSeconds(),
                percentile(times, 0.50), percentile(times, 0.99), times.get(times.size() - 1) / 1e6));
    }

    private List<Long> run(Function<HttpClient, HttpRequest.Builder> request, Duration during) throws Exception {
        long end = System.nanoTime() + during.toNanos();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        List<Future<?>> running = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            running.add(pool.submit(() -> {
                HttpClient client = client();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(client, request.apply(client));
                    times.add(System.nanoTime() - start);
                    if (answer.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> agent : running) {
            agent.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not answer 200");
        }
        return new ArrayList<>(times);
    }

    /** An agent's browser: HTTP/1.1, keeping its session cookie like a browser does. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Long> sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, rank)) / 1e6;
    }
}

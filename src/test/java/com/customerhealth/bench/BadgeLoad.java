package com.customerhealth.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The badge benchmark: agents each loading the agent view's ticket list (50 badges) again and again for
 * a while, then the same agents asking the batch API for the health of 50 customers. An agent pauses
 * about {@code --think} milliseconds after each answer (1,000 by default, a person glancing at the list,
 * drawn between half and one and a half of it so agents do not move in step; 0 makes every agent a
 * request loop, a stress test). Each run starts with {@code --warm-up} seconds unmeasured (15 by default),
 * so that the figures are those of a server that has served for a while rather than of its first
 * requests, whose code the JVM has not compiled yet. Prints requests per second and the p50/p99 time of a
 * request: its round trip, taken on the same machine as the server, and, given the server's access log
 * ({@code --access-log FILE}, its lines ending in {@code "REQUEST" STATUS MILLISECONDS}), the time the
 * server itself took.
 *
 * <pre>
 * mvn -q exec:java@badge-load -Dexec.args="--url http://localhost:8080/chm --user agent --agents 20 --seconds 30 --think 1000"
 * </pre>
 */
public final class BadgeLoad {

    private static final Logger LOG = Logger.getLogger(BadgeLoad.class.getName());
    private static final Pattern CUSTOMER_BADGE = Pattern.compile("data-chm-badge=\"customer:([^\"]+)\"");
    private static final String PAGE = "agent/tickets.xhtml?show=all";
    private static final int BATCH = 50;
    private static final Pattern LOGGED = Pattern.compile("\" 200 \"?(\\d+)\"?\\s*$");

    private final URI base;
    private final String authorization;
    private final int agents;
    private final Duration length;
    private final Duration think;
    private final Duration warmUp;
    private final Path accessLog;

    private BadgeLoad(URI base, String user, String password, int agents, Duration length, Duration think,
                      Duration warmUp, Path accessLog) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.agents = agents;
        this.length = length;
        this.think = think;
        this.warmUp = warmUp;
        this.accessLog = accessLog;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/chm";
        String user = "agent";
        String password = null;
        int agents = 20;
        int seconds = 30;
        int thinkMillis = 1000;
        int warmUpSeconds = 15;
        Path accessLog = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--agents" -> agents = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--think" -> thinkMillis = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpSeconds = Integer.parseInt(args[++i]);
                case "--access-log" -> accessLog = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --url, --user, --password (default: the user's name), --agents, --seconds, --think,"
                        + " --warm-up, --access-log");
            }
        }
        BadgeLoad load = new BadgeLoad(URI.create(url.endsWith("/") ? url : url + "/"), user,
                password == null ? user : password, agents, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMillis),
                Duration.ofSeconds(warmUpSeconds), accessLog);
        load.run();
    }

    private void run() throws Exception {
        HttpClient warm = client();
        HttpResponse<String> first = send(warm, page(1));
        if (first.statusCode() != 200) {
            throw new IllegalStateException(base.resolve(PAGE) + " answered " + first.statusCode());
        }
        int badges = badgesOn(first.body(), new LinkedHashSet<>());
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 1; page <= 10 && ids.size() < BATCH; page++) {
            badgesOn(send(warm, page(page)).body(), ids);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The ticket list shows no badge: is there data for this user's tenant?");
        }
        String batch = ids.stream().limit(BATCH).map(id -> '"' + id.replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]"));
        int asked = Math.min(BATCH, ids.size());
        LOG.info(() -> agents + " agents, each pausing " + think.toMillis() + " ms after every answer, "
                + length.toSeconds() + " s per run, after a " + warmUp.toSeconds() + " s warm-up");
        measure("Ticket list page, " + badges + " badges", "/agent/tickets.xhtml", client -> page(1));
        measure("Batch API, " + asked + " customers", "/api/v1/customers/health", client -> HttpRequest.newBuilder(
                        base.resolve("api/v1/customers/health"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch)));
    }

    private HttpRequest.Builder page(int number) {
        return HttpRequest.newBuilder(base.resolve(PAGE + "&page=" + number)).GET();
    }

    /** Counts the customer badges on {@code page}, adding their customers to {@code ids}. */
    private static int badgesOn(String page, Set<String> ids) {
        int count = 0;
        Matcher badge = CUSTOMER_BADGE.matcher(page);
        while (badge.find()) {
            ids.add(badge.group(1));
            count++;
        }
        return count;
    }

    /**
     * Runs {@code request} from every agent, first for the warm-up unmeasured, then for the run's length, and
     * prints the round trips and, with an access log, the server's own time for requests to {@code path}.
     */
    private void measure(String what, String path, Function<HttpClient, HttpRequest.Builder> request)
            throws Exception {
        run(request, warmUp);
        long logged = accessLog == null ? 0 : Files.size(accessLog);
        List<Long> times = run(request, length);
        Collections.sort(times);
        LOG.info(String.format(Locale.ROOT, "%s: %d requests in %d s, %.0f requests/s; round trip p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms", what, times.size(), length.toSeconds(),
                times.size() / (double) length.toSeconds(), percentile(times, 0.50), percentile(times, 0.99),
                times.get(times.size() - 1) / 1e6));
        if (accessLog != null) {
            Thread.sleep(2000);
            List<Long> server = serverTimes(logged, path);
            if (server.isEmpty()) {
                LOG.warning(() -> accessLog + " logged no answered request to " + path + " during the run");
                return;
            }
            LOG.info(String.format(Locale.ROOT, "%s: server time of %d logged requests p50 %.0f ms, p99 %.0f ms,"
                    + " max %.0f ms", what, server.size(), percentile(server, 0.50), percentile(server, 0.99),
                    server.get(server.size() - 1) / 1e6));
        }
    }

    /**
     * The time the server logged for each request to {@code path} written after byte {@code from} of the
     * access log, whose lines end in the status and the time taken in milliseconds, sorted.
     */
    private List<Long> serverTimes(long from, String path) throws IOException {
        List<Long> times = new ArrayList<>();
        try (var channel = Files.newByteChannel(accessLog)) {
            channel.position(from);
            String added = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : added.split("\n")) {
                Matcher logged = LOGGED.matcher(line);
                if (line.contains(path) && logged.find()) {
                    times.add(Long.parseLong(logged.group(1)) * 1_000_000);
                }
            }
        }
        Collections.sort(times);
        return times;
    }

    private List<Long> run(Function<HttpClient, HttpRequest.Builder> request, Duration during) throws Exception {
        long end = System.nanoTime() + during.toNanos();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> refusals = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < agents; a++) {
                running.add(pool.submit(() -> {
                    HttpClient client = client();
                    Thread.sleep(pause());
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<String> answer = send(client, request.apply(client));
                        times.add(System.nanoTime() - start);
                        if (answer.statusCode() != 200) {
                            refusals.merge(answer.statusCode(), 1L, Long::sum);
                        }
                        Thread.sleep(pause());
                    }
                    return null;
                }));
            }
            for (Future<?> agent : running) {
                agent.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Requests not answered 200, by status: " + refusals);
        }
        return new ArrayList<>(times);
    }

    /** Between half and one and a half think times, so agents keep to their own rhythm rather than in step. */
    private long pause() {
        long millis = think.toMillis();
        return millis == 0 ? 0 : ThreadLocalRandom.current().nextLong(millis / 2, millis * 3 / 2 + 1);
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

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users of one account sending one kind of request at a time, as the load benchmarks measure them: each
 * user pauses about {@code think} after every answer (drawn between half and one and a half of it, so users
 * do not move in step; zero makes every user a request loop), first for {@code warmUp} unmeasured, then for
 * {@code length}. Prints requests per second and the p50/p99 round trip, and, given the server's access log
 * (its lines ending in {@code "REQUEST" STATUS MILLISECONDS}), the p50/p99 time the server itself took.
 */
final class PacedLoad {

    private static final Logger LOG = Logger.getLogger(PacedLoad.class.getName());
    private static final Pattern LOGGED = Pattern.compile("\" 200 \"?(\\d+)\"?\\s*$");

    private final URI base;
    private final String authorization;
    private final int users;
    private final Duration length;
    private final Duration think;
    private final Duration warmUp;
    private final Path accessLog;

    PacedLoad(URI base, String user, String password, int users, Duration length, Duration think, Duration warmUp,
              Path accessLog) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.users = users;
        this.length = length;
        this.think = think;
        this.warmUp = warmUp;
        this.accessLog = accessLog;
    }

    URI base() {
        return base;
    }

    /** What the load is, for the first line a benchmark prints. */
    String describe(String who) {
        return users + " " + who + ", each pausing " + think.toMillis() + " ms after every answer, "
                + length.toSeconds() + " s per run, after a " + warmUp.toSeconds() + " s warm-up";
    }

    /**
     * Runs {@code request} from every user, first for the warm-up unmeasured, then for the run's length, and
     * prints the round trips and, with an access log, the server's own time for the requests whose logged
     * request line {@code logged} is found in.
     */
    void measure(String what, Pattern logged, Function<HttpClient, HttpRequest.Builder> request) throws Exception {
        run(request, warmUp);
        long loggedBefore = accessLog == null ? 0 : Files.size(accessLog);
        List<Long> times = run(request, length);
        Collections.sort(times);
        LOG.info(String.format(Locale.ROOT, "%s: %d requests in %d s, %.1f requests/s; round trip p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms", what, times.size(), length.toSeconds(),
                times.size() / (double) length.toSeconds(), percentile(times, 0.50), percentile(times, 0.99),
                times.get(times.size() - 1) / 1e6));
        if (accessLog != null) {
            Thread.sleep(2000);
            List<Long> server = serverTimes(loggedBefore, logged);
            if (server.isEmpty()) {
                LOG.warning(() -> accessLog + " logged no answered request like " + logged + " during the run");
                return;
            }
            LOG.info(String.format(Locale.ROOT, "%s: server time of %d logged requests p50 %.0f ms, p99 %.0f ms,"
                    + " max %.0f ms", what, server.size(), percentile(server, 0.50), percentile(server, 0.99),
                    server.get(server.size() - 1) / 1e6));
        }
    }

    /**
     * The time the server logged for each answered request matching {@code request} written after byte
     * {@code from} of the access log, whose lines end in the status and the time taken in milliseconds, sorted.
     */
    private List<Long> serverTimes(long from, Pattern request) throws IOException {
        List<Long> times = new ArrayList<>();
        try (var channel = Files.newByteChannel(accessLog)) {
            channel.position(from);
            String added = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : added.split("\n")) {
                Matcher logged = LOGGED.matcher(line);
                if (request.matcher(line).find() && logged.find()) {
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
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
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
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Requests not answered 200, by status: " + refusals);
        }
        return new ArrayList<>(times);
    }

    /** Between half and one and a half think times, so users keep to their own rhythm rather than in step. */
    private long pause() {
        long millis = think.toMillis();
        return millis == 0 ? 0 : ThreadLocalRandom.current().nextLong(millis / 2, millis * 3 / 2 + 1);
    }

    /** A user's browser: HTTP/1.1, keeping its session cookie like a browser does. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends {@code request} as the load's user, failing the benchmark when it gets no answer. */
    HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
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

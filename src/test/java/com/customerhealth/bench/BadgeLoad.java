package com.customerhealth.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
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

    private final PacedLoad load;

    private BadgeLoad(PacedLoad load) {
        this.load = load;
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
        new BadgeLoad(new PacedLoad(URI.create(url.endsWith("/") ? url : url + "/"), user,
                password == null ? user : password, agents, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMillis),
                Duration.ofSeconds(warmUpSeconds), accessLog)).run();
    }

    private void run() throws Exception {
        HttpClient warm = PacedLoad.client();
        HttpResponse<String> first = load.send(warm, page(1));
        if (first.statusCode() != 200) {
            throw new IllegalStateException(load.base().resolve(PAGE) + " answered " + first.statusCode());
        }
        int badges = badgesOn(first.body(), new LinkedHashSet<>());
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 1; page <= 10 && ids.size() < BATCH; page++) {
            badgesOn(load.send(warm, page(page)).body(), ids);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The ticket list shows no badge: is there data for this user's tenant?");
        }
        String batch = ids.stream().limit(BATCH).map(id -> '"' + id.replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]"));
        int asked = Math.min(BATCH, ids.size());
        LOG.info(() -> load.describe("agents"));
        load.measure("Ticket list page, " + badges + " badges", Pattern.compile(Pattern.quote("/agent/tickets.xhtml")),
                client -> page(1));
        load.measure("Batch API, " + asked + " customers", Pattern.compile(Pattern.quote("/api/v1/customers/health")),
                client -> HttpRequest.newBuilder(load.base().resolve("api/v1/customers/health"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch)));
    }

    private HttpRequest.Builder page(int number) {
        return HttpRequest.newBuilder(load.base().resolve(PAGE + "&page=" + number)).GET();
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
}

package com.customerhealth.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring benchmark: success managers each asking, one kind of request at a time, for the portfolio
 * dashboard page, the portfolio API, a random customer's 90-day history and a filtered page of 50
 * customers (a random band filter, order and page among those the filter has). Users pause as
 * {@link PacedLoad} says (about {@code --think} milliseconds, 1,000 by default), each run after
 * {@code --warm-up} seconds unmeasured. The histories asked for are the 90 days ending at {@code --history-to}
 * (an RFC 3339 instant; by default when the benchmark starts), so that a log replayed with its times shifted
 * is read over the days its events fill. The dashboard page must answer 200, or the benchmark fails;
 * {@code --no-page} leaves it out.
 *
 * <pre>
 * mvn -q exec:java@monitoring-load -Dexec.args="--url http://localhost:8080/chm --user manager --users 20 --seconds 30"
 * </pre>
 */
public final class MonitoringLoad {

    private static final Logger LOG = Logger.getLogger(MonitoringLoad.class.getName());
    private static final String PAGE = "manager/portfolio.xhtml";
    private static final Pattern ROW_ID = Pattern.compile("\\{\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final String[] BANDS = {"healthy", "average", "poor", "no_data"};
    private static final String[] SORTS = {"score", "-score", "name", "movers", "risers"};
    private static final int PAGE_SIZE = 50;
    /** The largest page of the customer list, to read every id in few requests. */
    private static final int LARGEST_PAGE = 200;
    private static final Duration HISTORY = Duration.ofDays(90);

    private final PacedLoad load;
    private final boolean page;
    private final Instant historyTo;

    private MonitoringLoad(PacedLoad load, boolean page, Instant historyTo) {
        this.load = load;
        this.page = page;
        this.historyTo = historyTo;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/chm";
        String user = "manager";
        String password = null;
        int users = 20;
        int seconds = 30;
        int thinkMillis = 1000;
        int warmUpSeconds = 15;
        Path accessLog = null;
        boolean page = true;
        Instant historyTo = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--think" -> thinkMillis = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpSeconds = Integer.parseInt(args[++i]);
                case "--access-log" -> accessLog = Path.of(args[++i]);
                case "--no-page" -> page = false;
                case "--history-to" -> historyTo = Instant.parse(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --url, --user, --password (default: the user's name), --users, --seconds, --think,"
                        + " --warm-up, --access-log, --no-page, --history-to");
            }
        }
        new MonitoringLoad(new PacedLoad(URI.create(url.endsWith("/") ? url : url + "/"), user,
                password == null ? user : password, users, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMillis),
                Duration.ofSeconds(warmUpSeconds), accessLog), page, historyTo).run();
    }

    private void run() throws Exception {
        HttpClient first = PacedLoad.client();
        if (page) {
            expectOk(first, PAGE, "; --no-page measures the rest without it");
        }
        expectOk(first, "api/v1/portfolio", "");
        List<String> customers = customerIds(first);
        if (customers.isEmpty()) {
            throw new IllegalStateException("The customer list is empty: is there data for this user's tenant?");
        }
        String range = "?from=" + historyTo.minus(HISTORY) + "&to=" + historyTo;
        int[] pages = pagesByFilter(first);
        LOG.info(() -> load.describe("managers") + "; " + customers.size() + " customers; histories from "
                + historyTo.minus(HISTORY) + " to " + historyTo);
        if (page) {
            load.measure("(a) Dashboard page", Pattern.compile(Pattern.quote("/" + PAGE)),
                    client -> get(PAGE));
        }
        load.measure("(b) Portfolio API", Pattern.compile("/api/v1/portfolio[ ?]"), client -> get("api/v1/portfolio"));
        load.measure("(c) A random customer's 90-day history", Pattern.compile("/api/v1/customers/[^ ?]+/history"),
                client -> get("api/v1/customers/" + encoded(customers.get(ThreadLocalRandom.current()
                        .nextInt(customers.size()))) + "/history" + range));
        load.measure("(d) A filtered page of " + PAGE_SIZE + " customers", Pattern.compile("/api/v1/customers\\?"),
                client -> get(filteredPage(pages)));
    }

    private void expectOk(HttpClient client, String path, String hint) {
        HttpResponse<String> answer = load.send(client, get(path));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(load.base().resolve(path) + " answered " + answer.statusCode() + hint);
        }
    }

    /** Every customer of the user's tenant, read a page of {@value #LARGEST_PAGE} at a time. */
    private List<String> customerIds(HttpClient client) {
        List<String> ids = new ArrayList<>();
        for (int number = 1; ; number++) {
            String body = load.send(client, get("api/v1/customers?sort=name&size=" + LARGEST_PAGE + "&page=" + number))
                    .body();
            int before = ids.size();
            Matcher row = ROW_ID.matcher(body);
            while (row.find()) {
                ids.add(row.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            if (ids.size() - before < LARGEST_PAGE) {
                return ids;
            }
        }
    }

    /**
     * How many pages of {@value #PAGE_SIZE} each band filter has (by the bits of {@link #BANDS} it keeps, 0 for
     * none, which keeps all), so that the pages asked for are pages a manager can reach.
     */
    private int[] pagesByFilter(HttpClient client) {
        int[] pages = new int[1 << BANDS.length];
        for (int filter = 0; filter < pages.length; filter++) {
            Matcher total = TOTAL.matcher(load.send(client, get("api/v1/customers" + query(filter, "score", 1)))
                    .body());
            int rows = total.find() ? Integer.parseInt(total.group(1)) : 0;
            pages[filter] = Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        return pages;
    }

    /** A page of one of the filters, in one of the orders: a random one each. */
    private static String filteredPage(int[] pages) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int filter = random.nextInt(1, pages.length);
        return "api/v1/customers" + query(filter, SORTS[random.nextInt(SORTS.length)],
                1 + random.nextInt(pages[filter]));
    }

    private static String query(int filter, String sort, int number) {
        StringBuilder query = new StringBuilder("?sort=").append(encoded(sort)).append("&page=").append(number)
                .append("&size=").append(PAGE_SIZE);
        for (int band = 0; band < BANDS.length; band++) {
            if ((filter & 1 << band) != 0) {
                query.append("&band=").append(BANDS[band]);
            }
        }
        return query.toString();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(load.base().resolve(path)).GET();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

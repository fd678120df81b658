package com.customerhealth.bench;

import com.customerhealth.bench.AlertTimelines.Moment;
import com.customerhealth.bench.AlertTimelines.Sources;
import com.customerhealth.bench.AlertTimelines.Taken;
import com.customerhealth.bench.TimedWebhookReceiver.Arrival;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.replay.ReplayCommand;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

/**
 * The alert delivery benchmark. Replays an incident log into a running plugin as a helpdesk sends its
 * webhooks (one event per request from a few clients), its first events shifted so that the last one
 * replayed happens now, with a webhook subscription whose receiver, on this machine, notes when each alert's
 * message arrives and checks its signature. Once the receiver took {@code --alerts} raised alerts after the
 * warm-up, it prints, over those alerts, how long it took from the event that caused each (its receipt in the
 * plugin's journal, and the moments around it) to the webhook's arrival.
 *
 * <p>Then, given {@code --backlog}, it measures how fast the outbox drains: it subscribes 1 + {@code --pooled}
 * receivers that answer 503 and goes on replaying until each has that many deliveries pending (the alert
 * messages keep reaching the first receiver meanwhile, measured apart as alerts raised beside a backlog);
 * then it has one of them answer 200 and times its drain by one sender, and then all the others at once,
 * sent by the pool of senders together.
 *
 * <pre>
 * mvn -q exec:java@alert-delivery-timing -Dexec.args="LOG.csv.xz --url http://localhost:8080/chm --secret s3cret
 *     --tenant alerts --admin admin:admin --jdbc jdbc:postgresql://127.0.0.1:5432/chm --jdbc-user chm --jdbc-password chm"
 * </pre>
 *
 * <p>The plugin must be allowed to send to 127.0.0.1 over http ({@code chm.outbound.allow-http},
 * {@code chm.outbound.allow-private-targets}); its alert rules decide how many events it takes to raise the
 * alerts, and its delivery settings how soon a receiver that answers again is tried
 * ({@code chm.alerts.delivery.longest-retry-seconds}). The plugin's tables are read through JDBC: the journal
 * for each event's receipt, the outbox for what is pending and when each attempt began.
 */
public final class AlertDeliveryTiming {

    private static final Logger LOG = Logger.getLogger(AlertDeliveryTiming.class.getName());
    private static final String RAISED = "com.customerhealth.alert.raised";
    private static final String RESOLVED = "com.customerhealth.alert.resolved";
    /** The plugin's table prefix in the benchmark's database, its default. */
    private static final String TABLES = "chm_";
    private static final Duration TARGET_P99 = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 250;

    private static final String USAGE = """
            Usage: alert-delivery-timing LOG.csv[.xz] --url URL --secret S --tenant T --admin USER:PASSWORD
                       --jdbc URL [--jdbc-user U] [--jdbc-password P] [--clients 4] [--batch 1] [--limit 14000]
                       [--warm-up 2000] [--alerts 1000] [--backlog 1000] [--pooled 8] [--drain-seconds 300]
                       [--timelines PATH: each report's alerts one by one in PATH-1.csv, PATH-2.csv, ...]""";

    /** The benchmark's settings, from its arguments. */
    record Options(String log, URI base, String secret, String tenant, String admin, String jdbc, String jdbcUser,
                   String jdbcPassword, int clients, int batch, int limit, int warmUp, int alerts, int backlog,
                   int pooled, Duration drain, String timelines) {

        static Options parse(String[] args) {
            Map<String, String> named = ReplayCommand.Options.named(args);
            Set<String> known = Set.of("url", "secret", "tenant", "admin", "jdbc", "jdbc-user", "jdbc-password",
                    "clients", "batch", "limit", "warm-up", "alerts", "backlog", "pooled", "drain-seconds", "timelines");
            named.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("Unknown option --" + name);
            });
            String url = named.getOrDefault("url", "http://localhost:8080/chm");
            return new Options(args[0], URI.create(url.endsWith("/") ? url : url + "/"), required(named, "secret"),
                    required(named, "tenant"), required(named, "admin"), required(named, "jdbc"),
                    named.getOrDefault("jdbc-user", "chm_test"), named.getOrDefault("jdbc-password", "chm_test"),
                    number(named, "clients", 4), number(named, "batch", 1), number(named, "limit", 14_000),
                    number(named, "warm-up", 2_000), number(named, "alerts", 1_000), number(named, "backlog", 1_000),
                    number(named, "pooled", 8), Duration.ofSeconds(number(named, "drain-seconds", 300)),
                    named.get("timelines"));
        }

        private static String required(Map<String, String> named, String name) {
            String value = named.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("Give --" + name);
            }
            return value;
        }

        private static int number(Map<String, String> named, String name, int fallback) {
            try {
                return named.containsKey(name) ? Integer.parseInt(named.get(name)) : fallback;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " takes a whole number, not " + named.get(name));
            }
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    private final Connection database;
    /** When the replay client sent, and had the answer to, each event's request, by event id. */
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final Map<String, Instant> answered = new ConcurrentHashMap<>();
    private final AtomicLong eventsAnswered = new AtomicLong();
    /** Where each report's alerts are written one by one, numbered in the order they are printed; null: nowhere. */
    private final String timelinesFile;
    private int reports;
    /** The end of the warm-up: alerts raised from then on are measured. */
    private final AtomicReference<Instant> measuredFrom = new AtomicReference<>();

    private AlertDeliveryTiming(Options options, Connection database) {
        this.options = options;
        this.database = database;
        this.timelinesFile = options.timelines();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(options.admin()
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        plainConsoleLogging();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + System.lineSeparator() + USAGE);
            System.exit(2);
            return;
        }
        try (Connection database = DriverManager.getConnection(options.jdbc(), options.jdbcUser(),
                options.jdbcPassword())) {
            database.setAutoCommit(true);
            new AlertDeliveryTiming(options, database).run();
        }
    }

    private void run() throws Exception {
        LOG.info(String.format(Locale.ROOT, "Replaying the first %,d events of %s into tenant %s at %s, shifted so"
                        + " that the last of them happens now, %d event(s) per request from %d clients; the first %,d"
                        + " events unmeasured (warm-up), then until the receiver took %,d raised alerts; then a"
                        + " backlog of %,d deliveries for 1 + %d subscriptions answering 503",
                options.limit(), options.log(), options.tenant(), options.base(), options.batch(), options.clients(),
                options.warmUp(), options.alerts(), options.backlog(), options.pooled()));
        JsonObject rules = json(send(HttpRequest.newBuilder(options.base().resolve("api/v1/alerts/rules")).GET(), 200));
        LOG.info("Alert rules in force (" + rules.getString("source") + "): " + rules.getJsonObject("settings"));
        if (!rules.getJsonArray("problems").isEmpty()) {
            throw new IllegalStateException("The alert rules have problems, so no alert is raised: "
                    + rules.getJsonArray("problems"));
        }
        try (TimedWebhookReceiver timing = TimedWebhookReceiver.start(200)) {
            String timingId = subscribe(timing, "Alert delivery benchmark: timing");
            List<TimedWebhookReceiver> backlog = new ArrayList<>();
            try {
                measure(timing, timingId, backlog);
            } finally {
                backlog.forEach(TimedWebhookReceiver::close);
            }
        }
    }

    private void measure(TimedWebhookReceiver timing, String timingId, List<TimedWebhookReceiver> backlog)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService replaying = Executors.newSingleThreadExecutor();
        Instant started = Instant.now();
        Future<Boolean> replay = replaying.submit(() -> ReplayCommand.replay(ReplayCommand.Options.parse(new String[] {
                options.log(), "--url", options.base().toString(), "--secret", options.secret(), "--tenant",
                options.tenant(), "--batch", Integer.toString(options.batch()), "--clients",
                Integer.toString(options.clients()), "--limit", Integer.toString(options.limit()), "--end", "replayed"}),
                stop::get, this::heard));
        replaying.shutdown();

        RaisedCount raisedAfterWarmUp = new RaisedCount(timing);
        waitFor(() -> replay.isDone() || raisedAfterWarmUp.atLeast(measuredFrom.get(), options.alerts()));
        long eventsForTarget = eventsAnswered.get();
        Instant backlogFrom = null;
        Map<String, TimedWebhookReceiver> backlogIds = new LinkedHashMap<>();
        if (options.backlog() > 0 && !replay.isDone()) {
            LOG.info(String.format(Locale.ROOT, "%,d raised alerts taken after the warm-up, %,d events into the replay;"
                    + " subscribing %d receivers that answer 503 and replaying on until each has %,d deliveries"
                    + " pending", raisedAfterWarmUp.count(), eventsForTarget, 1 + options.pooled(), options.backlog()));
            for (int i = 0; i <= options.pooled(); i++) {
                TimedWebhookReceiver receiver = TimedWebhookReceiver.start(503);
                backlog.add(receiver);
                backlogIds.put(subscribe(receiver, "Alert delivery benchmark: backlog " + (i + 1)), receiver);
            }
            backlogFrom = Instant.now();
            AtomicLong lastReport = new AtomicLong(System.nanoTime());
            waitFor(() -> {
                long least = pending(backlogIds.keySet()).values().stream().mapToLong(Long::longValue).min().orElse(0);
                if (System.nanoTime() - lastReport.get() > 10_000_000_000L) {
                    lastReport.set(System.nanoTime());
                    LOG.info(String.format(Locale.ROOT, "  backlog: %,d deliveries pending for each subscription at"
                            + " least", least));
                }
                return replay.isDone() || least >= options.backlog();
            });
        }
        stop.set(true);
        boolean allTaken = replay.get();
        Instant replayEnded = Instant.now();
        LOG.info(String.format(Locale.ROOT, "The replay sent %,d events in %.1f s%s", eventsAnswered.get(),
                Duration.between(started, replayEnded).toMillis() / 1e3,
                allTaken ? "" : "; the plugin rejected some (see above)"));
        if (measuredFrom.get() == null) {
            throw new IllegalStateException("The replay ended within the warm-up: raise --limit above --warm-up");
        }
        if (!awaitDrained(Set.of(timingId))) {
            LOG.warning("The timing subscription still has deliveries pending after " + options.drain().toSeconds()
                    + " s; the figures leave them out");
        }

        List<Arrival> arrivals = timing.arrivals();
        LOG.info(String.format(Locale.ROOT, "The timing receiver took %,d messages: %,d raised, %,d resolved; %d not"
                        + " signed with the subscription's secret", arrivals.size(),
                arrivals.stream().filter(arrival -> RAISED.equals(arrival.type())).count(),
                arrivals.stream().filter(arrival -> RESOLVED.equals(arrival.type())).count(),
                arrivals.stream().filter(arrival -> !arrival.signed()).count()));
        report(arrivals, timingId, started, measuredFrom.get(), String.format(Locale.ROOT, "Alerts raised during the"
                + " warm-up, the first %,d events, by a server just started (not measured)", options.warmUp()), false);
        report(arrivals, timingId, measuredFrom.get(), backlogFrom == null ? replayEnded.plusSeconds(3600) : backlogFrom,
                String.format(Locale.ROOT, "Alerts raised after the warm-up%s, %,d events into the replay when the"
                        + " receiver had taken %,d", backlogFrom == null ? "" : ", before any backlog", eventsForTarget,
                        options.alerts()), true);
        if (raisedAfterWarmUp.count() < options.alerts()) {
            LOG.warning(String.format(Locale.ROOT, "Only %,d raised alerts after the warm-up, fewer than the %,d asked"
                    + " for: the replay ran out of events; raise --limit", raisedAfterWarmUp.count(), options.alerts()));
        }
        if (backlogFrom != null) {
            report(arrivals, timingId, backlogFrom, replayEnded.plusSeconds(3600), String.format(Locale.ROOT,
                    "Alerts raised while %d other subscriptions piled up deliveries (answering 503)",
                    backlogIds.size()), false);
            drain(backlogIds);
        }
    }

    /** Notes each event's moments as the replay client saw them, and the end of the warm-up. */
    private void heard(ReplayCommand.Answer answer) {
        Instant sentAt = answer.answeredAt().minusNanos(answer.answeredNanos() - answer.sentNanos());
        for (HelpdeskEvent event : answer.events()) {
            sent.put(event.header().id(), sentAt);
            answered.put(event.header().id(), answer.answeredAt());
        }
        if (eventsAnswered.addAndGet(answer.events().size()) >= options.warmUp()) {
            measuredFrom.compareAndSet(null, Instant.now());
        }
    }

    /** Prints the moments of the alerts raised from {@code from} to {@code until} that the timing receiver took. */
    private void report(List<Arrival> arrivals, String timingId, Instant from, Instant until, String what,
                        boolean target) throws SQLException, IOException {
        List<Taken> taken = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            if (arrival.taken() && RAISED.equals(arrival.type())) {
                JsonObject alert = arrival.event().getJsonObject("data");
                JsonObject cause = alert.getJsonObject("cause");
                taken.add(new Taken(arrival.messageId(), alert.getString("id"), cause.getString("kind"),
                        cause.isNull("reference") ? null : cause.getString("reference", null),
                        Instant.parse(alert.getString("at")), arrival.at()));
            }
        }
        Set<String> causes = taken.stream().map(Taken::causeReference).filter(reference -> reference != null)
                .collect(Collectors.toSet());
        AlertTimelines timelines = AlertTimelines.of(taken, new Sources(sent, journalReceipts(causes), answered,
                attempts(timingId)), from, until);
        if (timelinesFile != null) {
            Files.write(Path.of(timelinesFile + "-" + (++reports) + ".csv"), timelines.csv());
        }
        LOG.info(String.format(Locale.ROOT, "%s: %,d measured (raised by an event the journal holds; %d caused by no"
                        + " event and %d by an event not in the journal, left out; %d messages taken twice); the"
                        + " plugin stored %,d alerts raised then", what, timelines.alerts(), timelines.withoutEvent(),
                timelines.notJournaled(), timelines.repeated(), raisedInDatabase(from, until)));
        Moment[][] stretches = {
            {Moment.RECEIVED, Moment.ARRIVED}, {Moment.SENT, Moment.ARRIVED}, {Moment.RAISED, Moment.ARRIVED},
            {Moment.ANSWERED, Moment.ARRIVED}, {Moment.RECEIVED, Moment.RAISED}, {Moment.RAISED, Moment.ANSWERED},
            {Moment.RAISED, Moment.ATTEMPTED}, {Moment.ANSWERED, Moment.ATTEMPTED}, {Moment.ATTEMPTED, Moment.ARRIVED}};
        for (Moment[] stretch : stretches) {
            LatencySummary summary = timelines.between(stretch[0], stretch[1]);
            String verdict = "";
            if (target && stretch[0] == Moment.RECEIVED && stretch[1] == Moment.ARRIVED) {
                verdict = String.format(Locale.ROOT, "   target p99 < %d ms: %s", TARGET_P99.toMillis(),
                        summary.count() > 0 && summary.p99() < TARGET_P99.toNanos() ? "PASS" : "MISS");
            }
            LOG.info(String.format(Locale.ROOT, "  %-42s -> %-42s %,6d: %s%s", stretch[0].words(), stretch[1].words(),
                    summary.count(), summary.describe(), verdict));
        }
    }

    /** Has the backlog receivers answer 200: one alone first, then the others together; prints the rates. */
    private void drain(Map<String, TimedWebhookReceiver> backlog) throws Exception {
        Map<String, Long> before = pending(backlog.keySet());
        LOG.info("Backlog pending per subscription: " + before.values().stream().map(count -> String.format(Locale.ROOT,
                "%,d", count)).collect(Collectors.joining(", ")));
        List<String> ids = new ArrayList<>(backlog.keySet());
        drained("One subscription's backlog, sent by one sender", Map.of(ids.get(0), backlog.get(ids.get(0))));
        if (ids.size() > 1) {
            Map<String, TimedWebhookReceiver> others = new LinkedHashMap<>();
            ids.subList(1, ids.size()).forEach(id -> others.put(id, backlog.get(id)));
            drained(String.format(Locale.ROOT, "%d subscriptions' backlogs at once, sent by the pool of senders",
                    others.size()), others);
        }
    }

    private void drained(String what, Map<String, TimedWebhookReceiver> receivers) throws Exception {
        long released = System.nanoTime();
        receivers.values().forEach(receiver -> receiver.answer(200));
        boolean done = awaitDrained(receivers.keySet());
        List<Long> taken = new ArrayList<>();
        Set<String> messages = new HashSet<>();
        int refused = 0;
        int unsigned = 0;
        for (TimedWebhookReceiver receiver : receivers.values()) {
            for (Arrival arrival : receiver.arrivals()) {
                unsigned += arrival.signed() ? 0 : 1;
                if (!arrival.taken()) {
                    refused++;
                } else if (arrival.nanos() >= released && messages.add(receiver.url() + " " + arrival.messageId())) {
                    taken.add(arrival.nanos());
                }
            }
        }
        DrainRate rate = DrainRate.of(taken);
        long firstAfter = taken.stream().mapToLong(Long::longValue).min().orElse(released) - released;
        LOG.info(String.format(Locale.ROOT, "%s: %s (the first came %.2f s after the receivers answered again: the"
                        + " held-back subscriptions' next try); %,d attempts answered 503 before, %d not signed%s",
                what, rate.describe(), firstAfter / 1e9, refused, unsigned,
                done ? "" : "; NOT DRAINED within " + options.drain().toSeconds() + " s"));
    }

    /** Counts the raised alerts a receiver took that were raised from a moment on, reading each arrival once. */
    private static final class RaisedCount {

        private final TimedWebhookReceiver receiver;
        private int read;
        private int count;

        RaisedCount(TimedWebhookReceiver receiver) {
            this.receiver = receiver;
        }

        boolean atLeast(Instant from, int wanted) {
            if (from == null) {
                return false;
            }
            List<Arrival> arrivals = receiver.arrivals();
            for (Arrival arrival : arrivals.subList(read, arrivals.size())) {
                if (arrival.taken() && RAISED.equals(arrival.type()) && !Instant.parse(arrival.event()
                        .getJsonObject("data").getString("at")).isBefore(from)) {
                    count++;
                }
            }
            read = arrivals.size();
            return count >= wanted;
        }

        int count() {
            return count;
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean awaitDrained(Set<String> subscriptions) throws InterruptedException {
        long end = System.nanoTime() + options.drain().toNanos();
        while (System.nanoTime() < end) {
            if (pending(subscriptions).values().stream().allMatch(count -> count == 0)) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    /** Makes a webhook subscription of every kind to {@code receiver}, which then checks its signatures; its id. */
    private String subscribe(TimedWebhookReceiver receiver, String description) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("channel", "webhook").add("target", receiver.url())
                .add("description", description).build().toString();
        JsonObject made = json(send(HttpRequest.newBuilder(options.base().resolve("api/v1/alerts/subscriptions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), 201));
        receiver.verifyWith(made.getString("secret"));
        return made.getString("id");
    }

    // The plugin's tables, read as its operator would.

    /** Deliveries pending per subscription of {@code subscriptions}, those with none at zero. */
    private Map<String, Long> pending(Set<String> subscriptions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        subscriptions.forEach(id -> counts.put(id, 0L));
        try (PreparedStatement query = database.prepareStatement("SELECT subscription_id, count(*) FROM " + TABLES
                + "alert_delivery WHERE tenant_id = ? AND state = 'pending' GROUP BY subscription_id")) {
            query.setString(1, options.tenant());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (counts.containsKey(rows.getString(1))) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed", e);
        }
        return counts;
    }

    /** When the plugin received each of {@code eventIds}: its journal's {@code received_at}. */
    private Map<String, Instant> journalReceipts(Set<String> eventIds) throws SQLException {
        Map<String, Instant> received = new HashMap<>();
        try (PreparedStatement query = database.prepareStatement("SELECT event_id, received_at FROM " + TABLES
                + "journal WHERE tenant_id = ? AND event_id = ANY (?)")) {
            query.setString(1, options.tenant());
            query.setArray(2, database.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    received.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
        }
        return received;
    }

    /** When the sender began the attempt a receiver took, for each alert raised, of {@code subscriptionId}. */
    private Map<String, Instant> attempts(String subscriptionId) throws SQLException {
        Map<String, Instant> attempted = new HashMap<>();
        try (PreparedStatement query = database.prepareStatement("SELECT d.alert_id, min(a.attempted_at) FROM " + TABLES
                + "alert_delivery d JOIN " + TABLES + "alert_delivery_attempt a ON a.tenant_id = d.tenant_id"
                + " AND a.delivery_id = d.delivery_id WHERE d.tenant_id = ? AND d.subscription_id = ?"
                + " AND d.event_type = ? AND a.status BETWEEN 200 AND 299 GROUP BY d.alert_id")) {
            query.setString(1, options.tenant());
            query.setString(2, subscriptionId);
            query.setString(3, RAISED);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempted.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
        }
        return attempted;
    }

    private long raisedInDatabase(Instant from, Instant until) throws SQLException {
        try (PreparedStatement query = database.prepareStatement("SELECT count(*) FROM " + TABLES
                + "alert WHERE tenant_id = ? AND raised_at >= ? AND raised_at < ?")) {
            query.setString(1, options.tenant());
            query.setLong(2, from.toEpochMilli());
            query.setLong(3, until.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** One line per message, without the date and level the console's default adds. */
    private static void plainConsoleLogging() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        Logger root = Logger.getLogger("");
        Arrays.stream(root.getHandlers()).forEach(root::removeHandler);
        Handler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.INFO);
        root.addHandler(console);
    }
}

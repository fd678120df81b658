package com.customerhealth.replay;

import com.customerhealth.events.EventData;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.WebhookSignature;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.tukaani.xz.XZInputStream;

/**
 * Replays a helpdesk's incident log into a running plugin through {@code POST /chm/api/v1/events}, signed,
 * in batches, from several clients at once, and prints progress and then events per second and the
 * p50/p99 time from a request's arrival to its events being stored (the request's round trip, taken for
 * every event it carried). The log's times are shifted so that its last event happens now, or, with
 * {@code --end replayed}, the last event replayed: the first {@code --limit} events then fall within the
 * days before now, as a live helpdesk's would.
 *
 * <pre>
 * mvn -q exec:java@replay -Dexec.args="../shared/data/incident_event_log.csv.xz --secret s3cret"
 * mvn -q exec:java@replay -Dexec.args="log.csv.xz --secret s3cret --batch 1 --clients 4 --limit 5000"
 * mvn -q exec:java@replay -Dexec.args="log.csv.xz --secret s3cret --limit 20000 --end replayed"
 * </pre>
 *
 * <p>A program that follows what a replay causes runs it with {@link #replay}, hearing of every answer.
 */
public final class ReplayCommand {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(ReplayCommand.class.getName());

    private static final String USAGE = """
            Usage: replay LOG.csv[.xz] [--url http://localhost:8080/chm] [--secret S (or CHM_EVENTS_SECRET)]
                                       [--tenant T] [--batch 1000] [--clients 2] [--limit N]
                                       [--end log|replayed]""";

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> verdicts = new ConcurrentHashMap<>();
    private final List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());

    private ReplayCommand(Options options) {
        this.options = options;
    }

    /**
     * The command's settings, from its arguments.
     *
     * @param endReplayed whether the last event replayed happens now ({@code --end replayed}) rather than the
     *                    log's last ({@code --end log}, the default)
     */
    public record Options(Path log, URI endpoint, String secret, String tenant, int batch, int clients, int limit,
                          boolean endReplayed) {

        /**
         * The options {@code args} give after the log file, which comes first, as name (without {@code --})
         * and value: how the replay and the commands built on it read theirs; a mistake is an
         * IllegalArgumentException.
         */
        public static Map<String, String> named(String[] args) {
            if (args.length == 0 || args[0].startsWith("--")) {
                throw new IllegalArgumentException("Name the log file first");
            }
            Map<String, String> named = new HashMap<>();
            for (int i = 1; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value, found '" + args[i] + "'");
                }
                named.put(args[i].substring(2), args[i + 1]);
            }
            return named;
        }

        /** The settings {@code args} give, as the command takes them; a mistake is an IllegalArgumentException. */
        public static Options parse(String[] args) {
            Map<String, String> named = named(args);
            String secret = named.getOrDefault("secret", System.getenv("CHM_EVENTS_SECRET"));
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("Give the tenant's webhook secret: --secret, or CHM_EVENTS_SECRET");
            }
            String url = named.getOrDefault("url", "http://localhost:8080/chm");
            String end = named.getOrDefault("end", "log");
            if (!end.equals("log") && !end.equals("replayed")) {
                throw new IllegalArgumentException("--end is log or replayed, not " + end);
            }
            Options options = new Options(Path.of(args[0]), URI.create(url.replaceAll("/+$", "") + "/api/v1/events"),
                    secret, named.getOrDefault("tenant", "default"), number(named, "batch", 1000),
                    number(named, "clients", 2), number(named, "limit", Integer.MAX_VALUE), end.equals("replayed"));
            if (options.batch() < 1 || options.batch() > 1000 || options.clients() < 1 || options.limit() < 1) {
                throw new IllegalArgumentException("--batch runs from 1 to 1000; --clients and --limit from 1");
            }
            if (!Files.isReadable(options.log())) {
                throw new IllegalArgumentException("Cannot read " + options.log());
            }
            return options;
        }

        private static int number(Map<String, String> named, String name, int fallback) {
            try {
                return named.containsKey(name) ? Integer.parseInt(named.get(name)) : fallback;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " takes a whole number, not " + named.get(name));
            }
        }
    }

    /**
     * A request the plugin answered: the events it carried, when it was sent and answered by
     * {@link System#nanoTime()}, and when it was answered by the wall clock.
     */
    public record Answer(List<HelpdeskEvent> events, long sentNanos, long answeredNanos, Instant answeredAt) {
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
        System.exit(replay(options, () -> false, answer -> { }) ? 0 : 1);
    }

    /**
     * Replays as {@code options} say and prints what the command prints, for a program that follows what the
     * replay causes: {@code answered} hears of every request answered, on the sending client's thread, and
     * no further request is sent once {@code stop} says so.
     *
     * @return whether the plugin took every event (none rejected)
     */
    public static boolean replay(Options options, BooleanSupplier stop, Consumer<Answer> answered) throws Exception {
        return new ReplayCommand(options).run(stop, answered);
    }

    private boolean run(BooleanSupplier stop, Consumer<Answer> answered) throws Exception {
        LOG.info(() -> "Reading " + options.log());
        IncidentLog log;
        try (BufferedReader csv = open(options.log())) {
            log = IncidentLog.read(csv, options.tenant(), "urn:chm:replay:" + options.log().getFileName(),
                    options.endReplayed() ? options.limit() : Integer.MAX_VALUE, Clock.systemUTC().instant());
        }
        List<HelpdeskEvent> events = log.events().subList(0, Math.min(options.limit(), log.events().size()));
        LOG.info(String.format(Locale.ROOT, "%,d rows (%d without a caller left out) make %,d events; posting %,d"
                        + " to %s in batches of %d from %d clients", log.rows(), log.rowsLeftOut(),
                log.events().size(), events.size(), options.endpoint(), options.batch(), options.clients()));
        List<List<HelpdeskEvent>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); from += options.batch()) {
            batches.add(events.subList(from, Math.min(events.size(), from + options.batch())));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(options.clients());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < batches.size() && !stop.getAsBoolean();
                        i = next.getAndIncrement()) {
                    post(batches.get(i), answered);
                    report(events.size(), started, lastReport);
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        summarize(System.nanoTime() - started);
        return verdicts.getOrDefault("rejected", new LongAdder()).sum() == 0;
    }

    private void post(List<HelpdeskEvent> batch, Consumer<Answer> answered) throws IOException, InterruptedException {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        batch.forEach(event -> array.add(envelope(event)));
        String body = array.build().toString();
        while (true) {
            String id = "msg_" + UUID.randomUUID();
            long timestamp = Clock.systemUTC().instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(options.endpoint())
                    .header("Content-Type", "application/cloudevents-batch+json")
                    .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(options.secret(), id, timestamp, body))
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            Instant answeredAt = Instant.now();
            long elapsed = end - start;
            if (answer.statusCode() == 503) {
                long wait = answer.headers().firstValueAsLong("Retry-After").orElse(5);
                LOG.warning("The plugin's store is unavailable; sending the batch again in " + wait + " s");
                Thread.sleep(wait * 1000);
                continue;
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("The plugin refused a batch with " + answer.statusCode() + ": "
                        + answer.body());
            }
            latencies.add(new long[] {elapsed, batch.size()});
            try (var reader = JSON.createReader(new StringReader(answer.body()))) {
                for (JsonValue verdict : reader.readArray()) {
                    JsonObject object = verdict.asJsonObject();
                    verdicts.computeIfAbsent(object.getString("status"), status -> new LongAdder()).increment();
                    if ("rejected".equals(object.getString("status"))) {
                        LOG.warning("Rejected " + object.getString("id") + ": " + object.getString("error"));
                    }
                }
            }
            sent.add(batch.size());
            answered.accept(new Answer(batch, start, end, answeredAt));
            return;
        }
    }

    private static JsonObject envelope(HelpdeskEvent event) {
        var envelope = JSON.createObjectBuilder().add("specversion", "1.0").add("id", event.header().id())
                .add("source", event.header().source()).add("type", event.type())
                .add("time", event.header().occurredAt().toString()).add("datacontenttype", "application/json")
                .add("data", EventData.encode(event));
        if (!"default".equals(event.header().tenantId())) {
            envelope.add("tenant", event.header().tenantId());
        }
        return envelope.build();
    }

    private void report(int total, long started, AtomicLong lastReport) {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last > 2_000_000_000L && lastReport.compareAndSet(last, now)) {
            long done = sent.sum();
            double seconds = (now - started) / 1e9;
            LOG.info(String.format(Locale.ROOT, "%,9d of %,d events (%3d %%), %,.0f events/s", done, total,
                    done * 100 / total, done / seconds));
        }
    }

    private void summarize(long elapsedNanos) {
        long total = sent.sum();
        List<long[]> measured;
        synchronized (latencies) {
            measured = new ArrayList<>(latencies);
        }
        measured.sort((a, b) -> Long.compare(a[0], b[0]));
        double seconds = elapsedNanos / 1e9;
        LOG.info(String.format(Locale.ROOT, "Replayed %,d events in %,.1f s: %,.0f events/s over %,d requests",
                total, seconds, total / seconds, measured.size()));
        LOG.info(String.format(Locale.ROOT, "Arrival to stored, per event: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                percentile(measured, total, 0.50), percentile(measured, total, 0.99),
                measured.isEmpty() ? 0 : measured.get(measured.size() - 1)[0] / 1e6));
        LOG.info("Verdicts: " + verdicts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue().sum())
                .sorted().toList());
    }

    /** The latency below which {@code share} of the events were stored, each request weighing its events. */
    private static double percentile(List<long[]> sortedByLatency, long events, double share) {
        long rank = (long) Math.ceil(share * events);
        long seen = 0;
        for (long[] request : sortedByLatency) {
            seen += request[1];
            if (seen >= rank) {
                return request[0] / 1e6;
            }
        }
        return 0;
    }

    private static BufferedReader open(Path log) throws IOException {
        InputStream in = Files.newInputStream(log);
        if (log.getFileName().toString().endsWith(".xz")) {
            in = new XZInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

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

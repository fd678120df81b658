package com.customerhealth.backfill;

import com.customerhealth.platform.FieldProblem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A backfill as an admin asks for it, read field by field with every problem named:
 * {@code {"kind": "zendesk", "url": "https://acme.zendesk.com", "user": "admin@acme.com", "token": "…",
 * "since": "2024-01-01T00:00:00Z", "requestsPerMinute": 10}}. {@code source} and {@code requestsPerMinute}
 * left out take the kind's own; {@code since} left out reads the whole history. The address is checked as an
 * outbound target apart, by whoever may resolve names.
 *
 * @param kind              the helpdesk's kind, one of those the plugin can read
 * @param url               the helpdesk's address, trimmed
 * @param user              who to sign in as, or {@code null}
 * @param token             the API token
 * @param source            the events' source, or {@code null} for the kind's own
 * @param since             the earliest change read, or {@code null} for the whole history
 * @param requestsPerMinute how fast the helpdesk may be asked, or 0 for the kind's own
 * @param problems          what is wrong, in the fields' order; empty when it can be started
 */
public record BackfillRequest(String kind, String url, String user, String token, String source, Instant since,
                              int requestsPerMinute, List<FieldProblem> problems) {

    /** The fastest pace an admin may ask for. */
    public static final int MAX_REQUESTS_PER_MINUTE = 6000;
    /** The longest token taken. */
    public static final int TOKEN_LENGTH = 1024;
    /** The longest user name or source. */
    public static final int NAME_LENGTH = 255;

    private static final List<String> FIELDS = List.of("kind", "url", "user", "token", "source", "since",
            "requestsPerMinute");

    public BackfillRequest {
        problems = List.copyOf(problems);
    }

    /** Reads {@code json}, whose {@code kind} must be one of {@code kinds}. */
    public static BackfillRequest read(JsonObject json, Set<String> kinds) {
        List<FieldProblem> problems = new ArrayList<>();
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted()
                .forEach(name -> problems.add(FieldProblem.of(name, "backfill.unknownField")));
        String kind = required(json, "kind", problems);
        if (kind != null && !kinds.contains(kind)) {
            problems.add(FieldProblem.of("kind", "backfill.kind", String.join(", ", kinds.stream().sorted().toList())));
        }
        String url = required(json, "url", problems);
        String user = within(json, "user", NAME_LENGTH, problems);
        String token = required(json, "token", problems);
        if (token != null && token.length() > TOKEN_LENGTH) {
            problems.add(FieldProblem.of("token", "backfill.tooLong", Integer.toString(TOKEN_LENGTH)));
        }
        String source = within(json, "source", NAME_LENGTH, problems);
        Instant since = null;
        String sinceText = text(json, "since", problems);
        if (sinceText != null && !sinceText.isBlank()) {
            try {
                since = OffsetDateTime.parse(sinceText.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("since", "backfill.since"));
            }
        }
        int rate = 0;
        if (json.containsKey("requestsPerMinute") && !json.isNull("requestsPerMinute")) {
            if (json.get("requestsPerMinute") instanceof JsonNumber number && number.isIntegral()
                    && number.bigIntegerValue().signum() > 0
                    && number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(MAX_REQUESTS_PER_MINUTE)) <= 0) {
                rate = number.intValue();
            } else {
                problems.add(FieldProblem.of("requestsPerMinute", "backfill.rate",
                        Integer.toString(MAX_REQUESTS_PER_MINUTE)));
            }
        }
        return new BackfillRequest(kind, url == null ? "" : url, user, token, source, since, rate, problems);
    }

    /** The same request with {@code more} problems. */
    public BackfillRequest with(List<FieldProblem> more) {
        List<FieldProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new BackfillRequest(kind, url, user, token, source, since, requestsPerMinute, all);
    }

    /** The same request with its defaults filled: the kind's own source and pace where none was named. */
    public BackfillRequest withDefaults(String kindSource, int kindRate) {
        return new BackfillRequest(kind, url, user, token, source == null ? kindSource : source, since,
                requestsPerMinute == 0 ? kindRate : requestsPerMinute, problems);
    }

    @Override
    public String toString() {
        return "BackfillRequest[" + kind + ", " + url + ", " + user + ", " + source + ", " + since + ", "
                + requestsPerMinute + ", " + problems + "]";
    }

    private static String required(JsonObject json, String name, List<FieldProblem> problems) {
        boolean named = json.containsKey(name) && !json.isNull(name);
        String value = text(json, name, problems);
        if (value == null || value.isBlank()) {
            if (!named || value != null) {
                problems.add(FieldProblem.of(name, "backfill.missing"));
            }
            return null;
        }
        return value.strip();
    }

    private static String within(JsonObject json, String name, int length, List<FieldProblem> problems) {
        String value = text(json, name, problems);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > length) {
            problems.add(FieldProblem.of(name, "backfill.tooLong", Integer.toString(length)));
        }
        return value.strip();
    }

    /** The string {@code name}, null when left out or null; a problem when it is another type. */
    private static String text(JsonObject json, String name, List<FieldProblem> problems) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonString string) {
            return string.getString();
        }
        problems.add(FieldProblem.of(name, "backfill.text"));
        return null;
    }
}

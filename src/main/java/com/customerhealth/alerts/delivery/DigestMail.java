package com.customerhealth.alerts.delivery;

import com.customerhealth.platform.Texts;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One e-mail telling a recipient of the messages of an interval, in its language: the alerts raised, those
 * resolved, and test messages, each with its time, its summary in the reader's words and, when the
 * plugin's address is configured, a link to its subject's page.
 *
 * <pre>{@code
 * DigestMail mail = DigestMail.of(payloads, Texts.in(Locale.GERMAN), Optional.of("https://desk.example.com/chm"));
 * mail.subject();   // "Customer Health Monitor: 2 Warnungen, 1 erledigt"
 * }</pre>
 *
 * @param subject the e-mail's subject
 * @param body    its text
 */
public record DigestMail(String subject, String body) {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The digest of {@code payloads} (CloudEvents as {@link AlertMessages} writes them), oldest first. */
    public static DigestMail of(List<String> payloads, Texts texts, Optional<String> linkBase) {
        List<String> raised = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        for (String payload : payloads) {
            JsonObject event;
            try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
                event = reader.readObject();
            }
            String type = event.getString("type");
            JsonObject data = event.getJsonObject("data");
            String at = TIME.format(Instant.parse(event.getString("time")));
            switch (type) {
                case AlertMessages.RAISED -> raised.add(line(at, data, texts, linkBase));
                case AlertMessages.RESOLVED -> resolved.add(line(at, data, texts, linkBase));
                default -> tests.add("- " + at + " · " + texts.get("alerts.digest.testLine"));
            }
        }
        List<String> counts = new ArrayList<>();
        if (!raised.isEmpty()) {
            counts.add(texts.count("alerts.digest.raisedCount", raised.size()));
        }
        if (!resolved.isEmpty()) {
            counts.add(texts.count("alerts.digest.resolvedCount", resolved.size()));
        }
        if (!tests.isEmpty()) {
            counts.add(texts.count("alerts.digest.testCount", tests.size()));
        }
        String summary = String.join(", ", counts);
        StringBuilder body = new StringBuilder(texts.format("alerts.digest.lead", summary)).append("\n");
        section(body, texts.get("alerts.digest.raised"), raised);
        section(body, texts.get("alerts.digest.resolved"), resolved);
        section(body, texts.get("alerts.digest.tests"), tests);
        body.append("\n-- \n").append(texts.get("alerts.digest.footer")).append("\n");
        return new DigestMail(texts.format("alerts.digest.subject", texts.get("product"), summary), body.toString());
    }

    private static void section(StringBuilder body, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            body.append("\n").append(title).append("\n");
            lines.forEach(line -> body.append(line).append("\n"));
        }
    }

    /** An alert's line: when, what happened in the reader's words, and where to look. */
    private static String line(String at, JsonObject alert, Texts texts, Optional<String> linkBase) {
        JsonObject words = alert.getJsonObject("words");
        Object[] arguments = words.getJsonArray("arguments").stream()
                .map(value -> value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString()
                        : value.toString()).toArray();
        String key = words.getString("key");
        String summary = texts.has(key) ? texts.format(key, arguments) : alert.getString("summary");
        StringBuilder line = new StringBuilder("- ").append(at).append(" · ").append(summary);
        JsonObject subject = alert.getJsonObject("subject");
        linkBase.ifPresent(base -> line.append("\n  ").append(base).append("/scores/")
                .append(subject.getString("type")).append(".xhtml?id=")
                .append(URLEncoder.encode(subject.getString("id"), StandardCharsets.UTF_8)));
        return line.toString();
    }
}

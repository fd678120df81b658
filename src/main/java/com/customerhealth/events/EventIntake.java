package com.customerhealth.events;

import com.customerhealth.platform.JsonSyntax;
import com.customerhealth.tenancy.Tenants;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an HTTP request into events: reads the body within its size limit, parses CloudEvents with the
 * SDK, finds the tenant, checks the signature with the tenant's secret, decodes each event's data, and
 * hands what is valid to {@link EventProcessing}. A request refused as a whole changes nothing.
 */
@ApplicationScoped
public class EventIntake {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One event, structured mode. */
    public static final String SINGLE = "application/cloudevents+json";
    /** A JSON array of events. */
    public static final String BATCH = "application/cloudevents-batch+json";
    /** The most events one request may carry. */
    public static final int MAX_EVENTS = 1000;

    private static final String TENANT_EXTENSION = "tenant";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());

    @Inject
    @ConfigProperty(name = "chm.events.max-body-bytes", defaultValue = "4194304")
    int maxBodyBytes;

    @Inject
    Tenants tenants;

    @Inject
    TenantSecrets secrets;

    @Inject
    EventProcessing processing;

    @Inject
    Clock clock;

    /** The verdicts of the events in {@code body}, once the accepted ones are stored. */
    public List<Verdict> receive(String contentType, WebhookSignature signature, InputStream body) throws IOException {
        byte[] bytes = readWithin(body);
        boolean batch = contentType != null && contentType.toLowerCase().startsWith(BATCH);
        List<JsonNode> sent = batch ? batchOf(bytes) : List.of(single(bytes));
        String tenant = tenantOf(sent);
        String secret = secrets.secretOf(tenant).orElseThrow(() -> tenants.defaultTenant().equals(tenant)
                ? refused(Response.Status.UNAUTHORIZED, "No webhook secret is configured, so every event is refused;"
                        + " set " + TenantSecrets.keyOf(null) + " (environment variable CHM_EVENTS_SECRET)")
                : refused(Response.Status.NOT_FOUND, "Unknown tenant '" + tenant + "'"));
        try {
            signature.verify(secret, new String(bytes, StandardCharsets.UTF_8), clock.instant());
        } catch (WebhookSignature.Refused e) {
            throw refused(Response.Status.UNAUTHORIZED, e.getMessage());
        }
        // Only a signed request is read event by event.
        List<Envelope> envelopes = sent.stream().map(this::envelopeOf).toList();
        if (!batch && envelopes.get(0).unreadable() != null && envelopes.get(0).unreadable().field().equals("event")) {
            throw refused(Response.Status.BAD_REQUEST, "Not a CloudEvents 1.0 event in structured JSON: "
                    + envelopes.get(0).unreadable().getMessage().substring("event: ".length()));
        }
        List<HelpdeskEvent> valid = new ArrayList<>();
        Verdict[] verdicts = new Verdict[envelopes.size()];
        for (int i = 0; i < envelopes.size(); i++) {
            Envelope envelope = envelopes.get(i);
            InvalidEventException problem = envelope.unreadable();
            if (problem == null) {
                try {
                    valid.add(decode(envelope.event(), tenant));
                    continue;
                } catch (InvalidEventException e) {
                    problem = e;
                }
            }
            if (!batch) {
                throw refused(Response.Status.BAD_REQUEST, problem.getMessage());
            }
            verdicts[i] = Verdict.rejected(envelope.id(), problem.getMessage());
        }
        List<Verdict> processed = valid.isEmpty() ? List.of() : processing.process(valid);
        for (int i = 0, next = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null) {
                verdicts[i] = processed.get(next++);
            }
        }
        return List.of(verdicts);
    }

    /**
     * One event of a request as read: the CloudEvent, or why it could not be read, with the id it gave as
     * far as it could be made out.
     */
    private record Envelope(CloudEvent event, InvalidEventException unreadable, String id) {

        static Envelope of(CloudEvent event) {
            return new Envelope(event, null, event.getId());
        }

        static Envelope unreadable(JsonNode node, InvalidEventException problem) {
            return new Envelope(null, problem, text(node, "id"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node == null ? null : node.get(field);
            return value != null && value.isTextual() ? value.asText() : null;
        }
    }

    private HelpdeskEvent decode(CloudEvent envelope, String tenant) {
        if (envelope.getTime() == null) {
            throw new InvalidEventException("time", "is required: when the event happened, RFC 3339");
        }
        EventHeader header = new EventHeader(tenant, envelope.getSource().toString(), envelope.getId(),
                envelope.getTime().toInstant());
        InvalidEventException.text("type", envelope.getType(), 64);
        JsonObject data = null;
        if (envelope.getData() != null) {
            try (var reader = JSON.createReader(new ByteArrayInputStream(envelope.getData().toBytes()))) {
                data = reader.readObject();
            } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
                throw new InvalidEventException("data", "must be a JSON object");
            }
        }
        HelpdeskEvent event = EventData.decode(header, envelope.getType(), data);
        EventTimes.notAhead(event, clock.instant());
        return event;
    }

    /**
     * The one tenant the events of a request name in their {@code tenant} attribute (absent: the default
     * tenant), read from the JSON as sent, so its secret can check the signature before anything else is read.
     */
    private String tenantOf(List<JsonNode> sent) {
        List<String> named = sent.stream().filter(JsonNode::isObject)
                .map(node -> node.hasNonNull(TENANT_EXTENSION) ? node.get(TENANT_EXTENSION).asText(node.get(TENANT_EXTENSION)
                        .toString()) : tenants.defaultTenant())
                .distinct().toList();
        if (named.isEmpty()) {
            return tenants.defaultTenant();
        }
        if (named.size() > 1) {
            throw refused(Response.Status.BAD_REQUEST, "One request carries the events of one tenant; this one names "
                    + named.stream().map(EventIntake::shown).toList());
        }
        if (!Tenants.isWellFormed(named.get(0))) {
            throw refused(Response.Status.BAD_REQUEST, "tenant: '" + shown(named.get(0)) + "' is not a tenant id");
        }
        if (!secrets.isKnown(named.get(0))) {
            throw refused(Response.Status.NOT_FOUND, "Unknown tenant '" + named.get(0) + "'");
        }
        return named.get(0);
    }

    /** A tenant id as a refusal may quote it: short, without what is not text. */
    private static String shown(String tenant) {
        String cut = tenant.length() > 64 ? tenant.substring(0, 64) + "…" : tenant;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private JsonNode single(byte[] bytes) {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body " + JsonSyntax.problem(e, bytes.length)
                    + "; send one CloudEvents 1.0 event in structured JSON");
        }
        if (node == null || node.isMissingNode()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is empty; send one CloudEvents 1.0 event in structured JSON");
        }
        if (node.isNull()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is JSON null, not a CloudEvents 1.0 event");
        }
        return node;
    }

    private List<JsonNode> batchOf(byte[] bytes) {
        JsonNode array;
        try {
            array = mapper.readTree(bytes);
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body " + JsonSyntax.problem(e, bytes.length)
                    + "; send a JSON array of CloudEvents 1.0 events");
        }
        if (array == null || !array.isArray()) {
            throw refused(Response.Status.BAD_REQUEST, "A batch is a JSON array of CloudEvents");
        }
        if (array.size() > MAX_EVENTS) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, array.size() + " events in one request; at most "
                    + MAX_EVENTS);
        }
        if (array.isEmpty()) {
            throw refused(Response.Status.BAD_REQUEST, "The batch is empty");
        }
        List<JsonNode> events = new ArrayList<>(array.size());
        array.forEach(events::add);
        return events;
    }

    /**
     * One event as sent, read by the SDK once its text is known to be text: the SDK writes the data out
     * again, and half of a surrogate pair would come back as '?', another id than the one sent.
     */
    private Envelope envelopeOf(JsonNode node) {
        if (!node.isObject()) {
            return Envelope.unreadable(null, new InvalidEventException("event", "is "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a CloudEvents 1.0 event (a JSON object)"));
        }
        InvalidEventException notText = JsonText.firstNotText(node);
        if (notText != null) {
            return Envelope.unreadable(node, notText);
        }
        try {
            return Envelope.of(mapper.treeToValue(node, CloudEvent.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Envelope.unreadable(node, new InvalidEventException("event", "is not a CloudEvents 1.0 event: "
                    + firstLine(e)));
        }
    }

    private byte[] readWithin(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is over " + maxBodyBytes
                    + " bytes (chm.events.max-body-bytes)");
        }
        return bytes;
    }


    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static WebApplicationException refused(Response.Status status, String detail) {
        return new WebApplicationException(detail, status);
    }
}

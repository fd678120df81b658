package com.customerhealth.events;

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
import java.util.Objects;
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
        List<CloudEvent> envelopes = batch ? batchOf(bytes) : List.of(single(bytes));
        String tenant = tenantOf(envelopes);
        String secret = secrets.secretOf(tenant).orElseThrow(() -> tenants.defaultTenant().equals(tenant)
                ? refused(Response.Status.UNAUTHORIZED, "No webhook secret is configured, so every event is refused;"
                        + " set " + TenantSecrets.keyOf(null) + " (environment variable CHM_EVENTS_SECRET)")
                : refused(Response.Status.NOT_FOUND, "Unknown tenant '" + tenant + "'"));
        try {
            signature.verify(secret, new String(bytes, StandardCharsets.UTF_8), clock.instant());
        } catch (WebhookSignature.Refused e) {
            throw refused(Response.Status.UNAUTHORIZED, e.getMessage());
        }
        List<HelpdeskEvent> valid = new ArrayList<>();
        Verdict[] verdicts = new Verdict[envelopes.size()];
        for (int i = 0; i < envelopes.size(); i++) {
            try {
                valid.add(decode(envelopes.get(i), tenant));
            } catch (InvalidEventException e) {
                if (!batch) {
                    throw refused(Response.Status.BAD_REQUEST, e.getMessage());
                }
                verdicts[i] = Verdict.rejected(envelopes.get(i).getId(), e.getMessage());
            }
        }
        List<Verdict> processed = processing.process(valid);
        for (int i = 0, next = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null) {
                verdicts[i] = processed.get(next++);
            }
        }
        return List.of(verdicts);
    }

    private HelpdeskEvent decode(CloudEvent envelope, String tenant) {
        if (envelope.getTime() == null) {
            throw new InvalidEventException("time", "is required: when the event happened, RFC 3339");
        }
        EventHeader header = new EventHeader(tenant, envelope.getSource().toString(), envelope.getId(),
                envelope.getTime().toInstant());
        JsonObject data = null;
        if (envelope.getData() != null) {
            try (var reader = JSON.createReader(new ByteArrayInputStream(envelope.getData().toBytes()))) {
                data = reader.readObject();
            } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
                throw new InvalidEventException("data", "must be a JSON object");
            }
        }
        return EventData.decode(header, envelope.getType(), data);
    }

    private String tenantOf(List<CloudEvent> envelopes) {
        List<String> named = envelopes.stream()
                .map(envelope -> Objects.toString(envelope.getExtension(TENANT_EXTENSION), tenants.defaultTenant()))
                .distinct().toList();
        if (named.size() > 1) {
            throw refused(Response.Status.BAD_REQUEST, "One request carries the events of one tenant; this one names "
                    + named);
        }
        if (!Tenants.isWellFormed(named.get(0))) {
            throw refused(Response.Status.BAD_REQUEST, "tenant: '" + named.get(0) + "' is not a tenant id");
        }
        if (!secrets.isKnown(named.get(0))) {
            throw refused(Response.Status.NOT_FOUND, "Unknown tenant '" + named.get(0) + "'");
        }
        return named.get(0);
    }

    private CloudEvent single(byte[] bytes) {
        try {
            return mapper.readValue(bytes, CloudEvent.class);
        } catch (IOException | RuntimeException e) {
            throw refused(Response.Status.BAD_REQUEST, "Not a CloudEvents 1.0 event in structured JSON: "
                    + firstLine(e));
        }
    }

    private List<CloudEvent> batchOf(byte[] bytes) {
        JsonNode array;
        try {
            array = mapper.readTree(bytes);
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "Not JSON: " + firstLine(e));
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
        List<CloudEvent> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            try {
                events.add(mapper.treeToValue(array.get(i), CloudEvent.class));
            } catch (JsonProcessingException | RuntimeException e) {
                throw refused(Response.Status.BAD_REQUEST, "Event " + i + " of the batch is not a CloudEvents 1.0"
                        + " event: " + firstLine(e));
            }
        }
        return events;
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

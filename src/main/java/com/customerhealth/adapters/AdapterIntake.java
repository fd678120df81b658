package com.customerhealth.adapters;

import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.EventTimes;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.InvalidEventException;
import com.customerhealth.events.Verdict;
import com.customerhealth.platform.JsonSyntax;
import com.customerhealth.tenancy.Tenants;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every helpdesk's webhook goes through: the adapter found by its name, the body read within its
 * limit, the tenant and its secret, the adapter's signature check, the JSON, the adapter's mapping, and the
 * events handed to {@link EventProcessing}, answered by one verdict each. A request refused as a whole
 * (401, 400, 404, 413) changes nothing; whatever a signed payload holds, the answer is a verdict, not a
 * failure.
 *
 * <pre>{@code
 * List<Verdict> verdicts = intake.receive("zammad", null, headers, body);
 * }</pre>
 */
@ApplicationScoped
public class AdapterIntake {

    private static final Logger LOG = Logger.getLogger(AdapterIntake.class.getName());

    /** The status of a webhook that tells of nothing the plugin scores. */
    public static final String SKIPPED = "skipped";

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Inject
    @ConfigProperty(name = "chm.adapters.max-body-bytes", defaultValue = "4194304")
    int maxBodyBytes;

    @Inject
    Instance<HelpdeskWebhooks> adapters;

    @Inject
    AdapterSecrets secrets;

    @Inject
    Tenants tenants;

    @Inject
    EventProcessing processing;

    @Inject
    Clock clock;

    /** The verdicts of the webhook of {@code helpdesk} for {@code tenant} (null: the default tenant). */
    public List<Verdict> receive(String helpdesk, String tenant, Map<String, String> headers, InputStream body)
            throws IOException {
        HelpdeskWebhooks adapter = adapterNamed(helpdesk);
        WebhookRequest request = WebhookRequest.of(headers, readWithin(body));
        String tenantId = tenant == null || tenant.isEmpty() ? tenants.defaultTenant() : tenant;
        if (!Tenants.isWellFormed(tenantId)) {
            throw refused(Response.Status.BAD_REQUEST, "tenant: not a tenant id (letters, digits, . _ -)");
        }
        boolean defaultTenant = tenants.defaultTenant().equals(tenantId);
        String secret = secrets.secretOf(adapter.name(), tenantId).orElseThrow(() -> defaultTenant
                ? refused(Response.Status.UNAUTHORIZED, "No " + adapter.title() + " webhook secret is configured, so"
                        + " every " + adapter.title() + " webhook is refused; set "
                        + AdapterSecrets.keyOf(adapter.name(), null))
                : refused(Response.Status.NOT_FOUND, "Unknown tenant '" + tenantId + "' for " + adapter.title()
                        + " webhooks"));
        Instant now = clock.instant();
        try {
            adapter.verify(request, secret, now);
        } catch (SignatureRefused e) {
            throw refused(Response.Status.UNAUTHORIZED, e.getMessage());
        }
        JsonNode payload = parse(request.body());
        return answer(adapter, payload, request, new WebhookContext(tenantId, secrets.sourceOf(adapter.name(), tenantId),
                now));
    }

    /** The names of the adapters there are, for a refusal to list. */
    List<String> names() {
        return adapters.stream().map(HelpdeskWebhooks::name).sorted().toList();
    }

    private HelpdeskWebhooks adapterNamed(String helpdesk) {
        return adapters.stream().filter(adapter -> adapter.name().equals(helpdesk)).findFirst()
                .orElseThrow(() -> refused(Response.Status.NOT_FOUND, "No webhook adapter is named '"
                        + shown(helpdesk) + "'; there are " + names()));
    }

    private List<Verdict> answer(HelpdeskWebhooks adapter, JsonNode payload, WebhookRequest request,
                                 WebhookContext context) {
        WebhookMapping mapping;
        try {
            mapping = adapter.map(payload, request, context);
        } catch (InvalidEventException e) {
            return List.of(Verdict.rejected(null, e.getMessage()));
        } catch (RuntimeException e) {
            // A payload no mapping foresaw: the sender gets a verdict and a reference, the log the cause.
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, adapter.title() + " webhook could not be mapped, reference " + reference, e);
            return List.of(Verdict.rejected(null, "could not be mapped; the plugin's log names the cause under"
                    + " reference " + reference));
        }
        if (mapping.isSkipped()) {
            return List.of(skipped(mapping.skippedId(), mapping.skipped()));
        }
        List<HelpdeskEvent> valid = new ArrayList<>();
        Verdict[] verdicts = new Verdict[mapping.events().size()];
        for (int i = 0; i < verdicts.length; i++) {
            HelpdeskEvent event = mapping.events().get(i);
            try {
                EventTimes.notAhead(event, context.receivedAt());
                valid.add(event);
            } catch (InvalidEventException e) {
                verdicts[i] = Verdict.rejected(event.header().id(), e.getMessage());
            }
        }
        List<Verdict> processed = valid.isEmpty() ? List.of() : processing.process(valid);
        for (int i = 0, next = 0; i < verdicts.length; i++) {
            if (verdicts[i] == null) {
                verdicts[i] = processed.get(next++);
            }
        }
        return List.of(verdicts);
    }

    /** The verdict of a webhook that tells of nothing scored: its error reads {@code skipped: <why>}. */
    public static Verdict skipped(String id, String why) {
        return new Verdict(id, SKIPPED, SKIPPED + ": " + why);
    }

    private JsonNode parse(byte[] body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException e) {
            throw refused(Response.Status.BAD_REQUEST, "The body " + JsonSyntax.problem(e, body.length));
        }
        if (node == null || node.isMissingNode()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is empty; a webhook's payload is a JSON object");
        }
        if (!node.isObject()) {
            throw refused(Response.Status.BAD_REQUEST, "The body is a JSON " + node.getNodeType().name().toLowerCase()
                    + ", not the JSON object a webhook's payload is");
        }
        return node;
    }

    private byte[] readWithin(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is over " + maxBodyBytes
                    + " bytes (chm.adapters.max-body-bytes)");
        }
        return bytes;
    }


    /** A name as a refusal may quote it: short, without what is not text. */
    private static String shown(String name) {
        String cut = Optional.ofNullable(name).orElse("").length() > 64 ? name.substring(0, 64) + "…" : String.valueOf(name);
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static WebApplicationException refused(Response.Status status, String detail) {
        return new WebApplicationException(detail, status);
    }
}

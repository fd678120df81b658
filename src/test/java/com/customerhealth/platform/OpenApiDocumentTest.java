package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.alerts.AlertState;
import com.customerhealth.alerts.SubjectType;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventData;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketEscalated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.monitoring.ListQuery;
import com.customerhealth.scoring.Band;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.Preset;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.tickets.TicketStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter.StyleEnum;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the plugin serves ({@code META-INF/openapi.yaml}, written by hand) against the code:
 * valid OpenAPI, exactly the operations the resources declare with their paths, types, parameters and
 * credentials, the codes of every enumeration, every example fitting its schema, and every event type's
 * data as the plugin itself writes it. Any drift between the two fails here.
 */
class OpenApiDocumentTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.packaged();
    private static final OpenAPI DOCUMENT = CONTRACT.model();
    private static final String BASE = "/chm";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One resource method as its annotations declare it. */
    record Coded(String verb, String path, Method method, Set<String> consumes, Set<String> produces) {

        String name() {
            return verb + " " + path;
        }
    }

    @Test
    void theDocumentIsValidOpenApi() {
        assertEquals(List.of(), CONTRACT.messages());
        assertEquals("3.0.3", DOCUMENT.getOpenapi());
        assertEquals(List.of(BASE), DOCUMENT.getServers().stream().map(server -> server.getUrl()).toList());
    }

    @Test
    void theDocumentListsExactlyTheOperationsOfTheCode() {
        Set<String> coded = coded().keySet();
        assertTrue(coded.size() >= 14, "the scan finds the resources: " + coded);

        assertEquals(coded, new TreeSet<>(documented().keySet()));
    }

    @Test
    void everyOperationTakesAndAnswersTheTypesAndParametersItsCodeDeclares() {
        Map<String, Operation> documented = documented();
        List<String> wrong = new ArrayList<>();
        coded().forEach((name, code) -> {
            Operation operation = documented.get(name);
            if (operation == null) {
                return;
            }
            Set<String> takes = operation.getRequestBody() == null ? Set.of()
                    : operation.getRequestBody().getContent().keySet();
            if (!code.consumes().isEmpty() && !takes.equals(code.consumes())) {
                wrong.add(name + " takes " + takes + " in the document, " + code.consumes() + " in the code");
            }
            if (code.verb().equals(HttpMethod.GET) && !takes.isEmpty()) {
                wrong.add(name + " takes a body in the document");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    Set<String> answers = response.getContent() == null ? Set.of() : response.getContent().keySet();
                    if (!answers.equals(code.produces())) {
                        wrong.add(name + " answers " + status + " as " + answers + " in the document, "
                                + code.produces() + " in the code");
                    }
                } else if (status.matches("[45]..|default") && !problemDetails(resolved(response).getContent())) {
                    wrong.add(name + " answers " + status + " as something other than problem details");
                }
            });
            if (operation.getResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                wrong.add(name + " documents no successful answer");
            }
            if (!operation.getResponses().containsKey("default") || !operation.getResponses().containsKey("503")) {
                wrong.add(name + " leaves out the answers every operation may give (503, default)");
            }
            Set<String> pathParameters = Arrays.stream(code.method().getParameters())
                    .map(parameter -> parameter.getAnnotation(PathParam.class)).filter(Objects::nonNull)
                    .map(PathParam::value).collect(Collectors.toCollection(TreeSet::new));
            Set<String> documentedPathParameters = parameters(operation, "path");
            if (!pathParameters.equals(documentedPathParameters)) {
                wrong.add(name + " has path parameters " + documentedPathParameters + " in the document, "
                        + pathParameters + " in the code");
            }
            if (operation.getOperationId() == null) {
                wrong.add(name + " has no operationId");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyOperationsOpenToEveryoneAreDocumentedWithoutCredentials() {
        Map<String, Operation> documented = documented();
        List<SecurityRequirement> basic = List.of(new SecurityRequirement().addList("basic"));
        assertEquals(Set.of("basic"), DOCUMENT.getComponents().getSecuritySchemes().keySet());
        List<String> wrong = new ArrayList<>();
        coded().forEach((name, code) -> {
            Operation operation = documented.get(name);
            if (operation == null) {
                return;
            }
            boolean open = code.method().isAnnotationPresent(PermitAll.class)
                    || code.method().getDeclaringClass().isAnnotationPresent(PermitAll.class);
            List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                    : DOCUMENT.getSecurity() != null ? DOCUMENT.getSecurity() : List.of();
            if (!security.equals(open ? List.of() : basic)) {
                wrong.add(name + (open ? " is open to everyone" : " needs credentials") + ", documented as " + security);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDocumentsEnumerationsAreTheCodesOfThePlugin() {
        Map<String, Schema> schemas = DOCUMENT.getComponents().getSchemas();
        assertEquals(EventData.TYPES, List.copyOf(schemas.get("HelpdeskEvent").getDiscriminator().getMapping().keySet()));
        assertEquals(EventData.TYPES, schemas.get("HelpdeskEvent").getOneOf().stream()
                .map(event -> typeOf(ref((Schema<?>) event))).toList(), "each event type pins its type");
        assertEquals(keys(TicketStatus.values(), TicketStatus::key), enumOf(schemas.get("TicketStatus")));
        assertEquals(keys(Parameter.values(), Parameter::key), enumOf(schemas.get("ParameterKey")));
        assertEquals(keys(Health.values(), Health::key), enumOf(schemas.get("Band")));
        assertEquals(ListQuery.Sort.keys(), enumOf(schemas.get("Sort")));
        assertEquals(keys(AlertKind.values(), AlertKind::key), enumOf(schemas.get("AlertKind")));
        assertEquals(keys(AlertState.values(), AlertState::key),
                enumOf((Schema<?>) schemas.get("Alert").getProperties().get("state")));
        assertEquals(keys(SubjectType.values(), SubjectType::key), enumOf((Schema<?>) ((Schema<?>) schemas.get("Alert")
                .getProperties().get("subject")).getProperties().get("type")));
        assertEquals(keys(Band.values(), Band::key),
                enumOf((Schema<?>) schemas.get("ParameterHealth").getProperties().get("band")));
        assertEquals(keys(CompanyScoreMode.values(), CompanyScoreMode::key),
                enumOf((Schema<?>) schemas.get("Rules").getProperties().get("companyMode")));
        assertEquals(keys(Preset.values(), Preset::key),
                enumOf((Schema<?>) schemas.get("PresetRules").getProperties().get("key")));
        assertEquals(keys(Parameter.values(), Parameter::key), List.copyOf(((Schema<?>) schemas.get("Rules")
                .getProperties().get("parameters")).getProperties().keySet()));
    }

    @Test
    void everyExampleFitsItsSchema() {
        List<String> wrong = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, Operation> entry : documented().entrySet()) {
            String[] name = entry.getKey().split(" ", 2);
            Operation operation = entry.getValue();
            String path = BASE + filled(name[1], operation);
            if (operation.getRequestBody() != null) {
                for (Map.Entry<String, MediaType> body : operation.getRequestBody().getContent().entrySet()) {
                    for (Map.Entry<String, String> example : examples(body.getValue()).entrySet()) {
                        examples++;
                        Map<String, String> headers = new LinkedHashMap<>(headerExamples(operation));
                        headers.put("Content-Type", body.getKey());
                        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                            headers.put("Authorization", "Basic YWRtaW46YWRtaW4=");
                        }
                        String problems = CONTRACT.requestProblems(name[0], path, headers, example.getValue());
                        if (!problems.isEmpty()) {
                            wrong.add(entry.getKey() + " request " + example.getKey() + ": " + problems);
                        }
                    }
                }
            }
            for (var response : operation.getResponses().entrySet()) {
                Content content = resolved(response.getValue()).getContent();
                if (content == null || response.getKey().equals("default")) {
                    continue;
                }
                for (Map.Entry<String, MediaType> body : content.entrySet()) {
                    if (body.getKey().startsWith("text/")) {
                        continue;
                    }
                    for (Map.Entry<String, String> example : examples(body.getValue()).entrySet()) {
                        examples++;
                        String problems = CONTRACT.answerProblems(name[0], path, Integer.parseInt(response.getKey()),
                                body.getKey(), example.getValue());
                        if (!problems.isEmpty()) {
                            wrong.add(entry.getKey() + " " + response.getKey() + " " + example.getKey() + ": " + problems);
                        }
                    }
                }
            }
        }
        assertTrue(examples >= 20, examples + " examples");
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEventTypeAsThePluginWritesItFitsItsSchemaFieldForField() {
        Instant at = Instant.parse("2026-11-20T10:15:30Z");
        EventHeader header = new EventHeader("acme-desk", "https://desk.example.com", "evt-1", at);
        List<HelpdeskEvent> everyField = List.of(
                new TicketCreated(header, "T-1", "C-1", "ACME", at, TicketStatus.ON_HOLD, "high", "email", "Printer on fire"),
                new TicketStatusChanged(header, "T-1", TicketStatus.SOLVED, at),
                new TicketInteractionAdded(header, "T-1", "customer", at, true),
                new TicketPriorityChanged(header, "T-1", "low", at),
                new TicketEscalated(header, "T-1", "tier-2", at),
                new TicketMerged(header, "T-1", "T-2"),
                new TicketDeleted(header, "T-1"),
                new TicketCustomerChanged(header, "T-1", "C-2", "ACME"),
                new CsatRated(header, "T-1", 4, 1, 5, at, "Quick and kind"),
                new CustomerUpserted(header, "C-1", "Ada Lovelace", "ada@example.com", "ACME", Map.of("plan", "gold")),
                new CompanyUpserted(header, "ACME", "Acme Legal", Map.of("tier", "enterprise")));
        assertEquals(EventData.TYPES, everyField.stream().map(HelpdeskEvent::type).toList());

        Map<String, String> headers = new LinkedHashMap<>(headerExamples(documented().get("POST /api/v1/events")));
        headers.put("Content-Type", "application/cloudevents+json");
        List<String> wrong = new ArrayList<>();
        for (HelpdeskEvent event : everyField) {
            JsonObject envelope = SignedEvents.envelope(event);
            String problems = CONTRACT.requestProblems("POST", BASE + "/api/v1/events", headers, envelope.toString());
            if (!problems.isEmpty()) {
                wrong.add(event.type() + ": " + problems);
            }
            Schema<?> data = dataSchemaOf(event.type());
            if (!envelope.getJsonObject("data").keySet().equals(data.getProperties().keySet())) {
                wrong.add(event.type() + " writes " + envelope.getJsonObject("data").keySet() + ", the document has "
                        + data.getProperties().keySet());
            }
        }
        assertEquals(List.of(), wrong);

        String batch = Json.createArrayBuilder(everyField.stream().map(SignedEvents::envelope).toList()).build().toString();
        headers.put("Content-Type", "application/cloudevents-batch+json");
        assertEquals("", CONTRACT.requestProblems("POST", BASE + "/api/v1/events", headers, batch));
    }

    @Test
    void anEventWhoseDataDoesNotFitItsTypeIsOutsideTheSchema() {
        Map<String, String> headers = new LinkedHashMap<>(headerExamples(documented().get("POST /api/v1/events")));
        headers.put("Content-Type", "application/cloudevents+json");
        // A rating's data under the type of a new ticket: each part alone is in the document, together they are not.
        String mismatched = "{\"specversion\":\"1.0\",\"id\":\"evt-1\",\"source\":\"https://desk.example.com\","
                + "\"type\":\"ticket.created\",\"time\":\"2026-11-20T10:15:30Z\",\"data\":{\"ticketId\":\"T-1\","
                + "\"rating\":1,\"scaleMin\":1,\"scaleMax\":3,\"at\":\"2026-11-20T10:15:30Z\"}}";

        assertFalse(CONTRACT.requestProblems("POST", BASE + "/api/v1/events", headers, mismatched).isEmpty());
    }

    /** Every resource method of the plugin (not of its tests), by "METHOD /api/path". */
    static Map<String, Coded> coded() {
        java.nio.file.Path classes = Paths.get("target/classes");
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Coded> coded = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/customerhealth"))) {
            files.map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> load(file.substring(0, file.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> {
                        for (Method method : type.getDeclaredMethods()) {
                            String verb = Arrays.stream(method.getAnnotations())
                                    .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                                    .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                            if (verb == null) {
                                continue;
                            }
                            Path methodPath = method.getAnnotation(Path.class);
                            String path = root + "/" + trim(type.getAnnotation(Path.class).value())
                                    + (methodPath == null ? "" : "/" + trim(methodPath.value()));
                            Coded operation = new Coded(verb, path, method,
                                    types(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class)),
                                    types(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class)));
                            coded.put(operation.name(), operation);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return coded;
    }

    private static Set<String> types(Object onMethod, Object onClass) {
        Object declared = onMethod != null ? onMethod : onClass;
        String[] values = declared instanceof Consumes consumes ? consumes.value()
                : declared instanceof Produces produces ? produces.value() : new String[0];
        return new TreeSet<>(Arrays.asList(values));
    }

    /** Every operation of the document, by "METHOD /path". */
    static Map<String, Operation> documented() {
        Map<String, Operation> documented = new TreeMap<>();
        DOCUMENT.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> documented.put(method.name() + " " + path, operation)));
        return documented;
    }

    private static ApiResponse resolved(ApiResponse response) {
        return response.get$ref() == null ? response
                : DOCUMENT.getComponents().getResponses().get(ref(response.get$ref()));
    }

    private static boolean problemDetails(Content content) {
        return content != null && content.keySet().equals(Set.of(Problem.MEDIA_TYPE))
                && "#/components/schemas/Problem".equals(content.get(Problem.MEDIA_TYPE).getSchema().get$ref());
    }

    private static Set<String> parameters(Operation operation, String in) {
        return operation.getParameters() == null ? new TreeSet<>() : operation.getParameters().stream()
                .filter(parameter -> in.equals(parameter.getIn())).map(parameter -> parameter.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code template} with each path parameter replaced by its example. */
    private static String filled(String template, Operation operation) {
        String path = template;
        if (operation.getParameters() != null) {
            for (var parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn())) {
                    assertTrue(parameter.getStyle() == null || parameter.getStyle() == StyleEnum.SIMPLE);
                    path = path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
                }
            }
        }
        return path;
    }

    private static Map<String, String> headerExamples(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> "header".equals(parameter.getIn()))
                    .forEach(parameter -> headers.put(parameter.getName(), String.valueOf(parameter.getExample())));
        }
        return headers;
    }

    /** The examples of {@code media} as JSON texts, by name. */
    private static Map<String, String> examples(MediaType media) {
        Map<String, String> examples = new LinkedHashMap<>();
        if (media.getExample() != null) {
            examples.put("example", json(media.getExample()));
        }
        if (media.getExamples() != null) {
            for (Map.Entry<String, Example> example : media.getExamples().entrySet()) {
                Example resolved = example.getValue().get$ref() == null ? example.getValue()
                        : DOCUMENT.getComponents().getExamples().get(ref(example.getValue().get$ref()));
                examples.put(example.getKey(), json(resolved.getValue()));
            }
        }
        return examples;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ref(Schema<?> schema) {
        return ref(schema.get$ref());
    }

    private static String ref(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The type an event schema such as TicketCreatedEvent pins, as the second part of its allOf. */
    private static String typeOf(String eventSchema) {
        Schema<?> own = (Schema<?>) DOCUMENT.getComponents().getSchemas().get(eventSchema).getAllOf().get(1);
        List<?> pinned = own.getProperties().get("type").getEnum();
        assertEquals(1, pinned.size(), eventSchema);
        return pinned.get(0).toString();
    }

    private static Schema<?> dataSchemaOf(String type) {
        String eventSchema = ref(DOCUMENT.getComponents().getSchemas().get("HelpdeskEvent").getDiscriminator()
                .getMapping().get(type));
        Schema<?> own = (Schema<?>) DOCUMENT.getComponents().getSchemas().get(eventSchema).getAllOf().get(1);
        return DOCUMENT.getComponents().getSchemas().get(ref(own.getProperties().get("data")));
    }

    private static List<String> enumOf(Schema<?> schema) {
        return schema.getEnum().stream().map(Object::toString).toList();
    }

    private static <T> List<String> keys(T[] values, Function<T, String> key) {
        return Arrays.stream(values).map(key).toList();
    }

    private static String trim(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

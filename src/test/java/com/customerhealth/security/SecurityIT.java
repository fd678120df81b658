package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.alerts.AlertRepository;
import com.customerhealth.alerts.AlertsResource;
import com.customerhealth.alerts.delivery.SubscriptionDraft;
import com.customerhealth.alerts.delivery.Subscriptions;
import com.customerhealth.backfill.BackfillRequest;
import com.customerhealth.backfill.Backfills;
import com.customerhealth.backfill.HelpdeskHistories;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who gets what, tried as an attacker would: the access matrix of every operation and page, the answers
 * to errors, the headers, cross-site requests, and password guessing.
 *
 * <p>Every operation the runtime publishes in its OpenAPI document, asked for by every kind of caller and in
 * every spelling of its path, gets exactly the answer its declared roles call for. The operations come from
 * the document and their roles from their code, so an operation added later is in the matrix without a
 * change here; one the document lists but the code does not declare fails it.
 *
 * <ul>
 *   <li>A path spelled other than canonically ({@code ;} parameters, {@code %3B}, an escaped letter,
 *       {@code //}, {@code /./}, {@code /x/../}), at any segment: 400 for everyone.</li>
 *   <li>A segment in other letter case: 404 for everyone.</li>
 *   <li>Canonically, or with a trailing slash: for an operation open to everyone, one answer whoever asks,
 *       never 401 or 403; otherwise 401 with a challenge for nobody signed in, 403 for a caller without one
 *       of its roles, and for a caller with one an answer that is neither (and never a failure): 200 for a
 *       read of the caller's tenant's own records, 404 for another tenant's.</li>
 * </ul>
 * Every refusal is problem details.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final Logger LOG = Logger.getLogger(SecurityIT.class.getName());
    private static final String HOME = "it-matrix";
    private static final String ELSEWHERE = "it-matrix-elsewhere";
    private static final String SOURCE = "https://desk.example.com";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    Event<HelpdeskEvent> hostEvents;

    @Inject
    ServletContext servletContext;

    @Inject
    AlertRepository alerts;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Backfills backfills;

    @Inject
    HelpdeskHistories histories;

    /** Someone asking: a name (null for nobody), its tenant and its roles. */
    record Caller(String label, String user, String tenant, Set<String> roles) {

        static Caller nobody() {
            return new Caller("nobody signed in", null, null, Set.of());
        }

        static Caller of(String tenant, String... roles) {
            String label = (roles.length == 0 ? "no role" : String.join("+", roles)) + " of " + tenant;
            return new Caller(label, TestUsers.withRoles(tenant, roles), tenant, Set.of(roles));
        }
    }

    /** One operation of the document with what its code declares. */
    record Operation(String method, String template, String contentType, boolean arrayBody, Declared declared) {

        String name() {
            return method + " " + template;
        }
    }

    /** Whom an operation's code admits: everyone, or callers in one of {@code roles} (none: nobody). */
    record Declared(boolean everyone, Set<String> roles) {
    }

    @Test
    void everyOperationAnswersEveryCallerInEverySpellingAsItsRolesSay() throws IOException {
        String customer = StoredFixtures.uniqueId("customer");
        String company = StoredFixtures.uniqueId("company");
        String alert = seed(customer, company);
        // A subscription for the reads and changes, another for the removal, so the reads after it still find theirs.
        String subscription = subscribe();
        String removed = subscribe();
        String backfill = backfill();

        List<Operation> operations = operations();
        List<Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        int spellings = 0;
        for (Operation operation : operations) {
            String path = fill(operation.template(), customer, company, alert,
                    operation.method().equals("DELETE") ? removed : subscription, backfill);
            List<Spelling> spelled = spellings(path);
            spellings += spelled.size();
            for (Spelling spelling : spelled) {
                Map<Caller, Answer> answers = new LinkedHashMap<>();
                for (Caller caller : callers) {
                    Answer answer = ask(operation, spelling.path(), caller, customer);
                    answers.put(caller, answer);
                    requests++;
                    String problem = judge(operation, spelling, caller, answer);
                    if (problem != null) {
                        wrong.add(operation.name() + " as " + spelling.path() + " by " + caller.label() + ": " + problem);
                    }
                }
                if (operation.declared().everyone() && spelling.reaches()) {
                    Set<Integer> statuses = answers.values().stream().map(Answer::status).collect(Collectors.toSet());
                    if (statuses.size() != 1) {
                        wrong.add(operation.name() + " as " + spelling.path() + ": open to everyone but answered "
                                + statuses);
                    }
                }
            }
        }
        String size = "Access matrix: " + operations.size() + " operations, " + spellings + " spellings of their paths ("
                + spellings / operations.size() + " on average), " + callers.size() + " callers: " + requests + " requests";
        LOG.info(size);
        // The server runs in the project's folder: the figure lands beside the build's reports.
        if (Files.isDirectory(java.nio.file.Path.of("target"))) {
            Files.writeString(java.nio.file.Path.of("target", "access-matrix.txt"), size + "\n");
        }
        assertTrue(operations.size() >= 10, "the document lists the plugin's operations: " + operations);
        assertEquals(List.of(), wrong.stream().limit(60).toList(), wrong.size() + " answers differ from the matrix");
    }

    @Test
    void theDocumentAndTheCodeListTheSameOperations() {
        Set<String> documented = operations().stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> coded = declaredInCode().keySet().stream()
                .filter(name -> !name.contains(" /api/testing/")).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(coded, documented);
    }

    @Test
    void everyPageAnswersEveryCallerAsItsOwnDeclarationSays() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of(servletContext.getRealPath("/"));
        Map<String, String> declarations = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                String page = root.relativize(file).toString().replace('\\', '/');
                if (!page.startsWith("WEB-INF/") && !page.startsWith("META-INF/") && !page.startsWith("resources/")
                        && !page.startsWith("testing/")) {
                    Matcher declared = Pattern.compile("<chm:access roles=\"([^\"]*)\"")
                            .matcher(Files.readString(file));
                    declarations.put(page, declared.find() ? declared.group(1) : null);
                }
            }
        }
        assertTrue(declarations.keySet().containsAll(Set.of("index.xhtml", "login.xhtml", "admin/settings.xhtml",
                "agent/tickets.xhtml", "manager/portfolio.xhtml", "scores/customer.xhtml", "scores/company.xhtml")),
                "the pages found: " + declarations.keySet());
        List<String> wrong = new ArrayList<>();
        declarations.forEach((page, roles) -> {
            if (roles == null) {
                wrong.add(page + " declares no <chm:access roles=...>");
                return;
            }
            Set<Integer> publicAnswers = new TreeSet<>();
            for (Caller caller : callers()) {
                HttpResponse<String> answer = send("GET", "/chm/" + page, caller, null, null);
                int status = answer.statusCode();
                boolean toSignIn = status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
                if (roles.equals("public")) {
                    publicAnswers.add(status);
                } else if (caller.user() == null) {
                    if (!toSignIn) {
                        wrong.add(page + " for nobody: " + status + ", not the sign-in page");
                    }
                } else if (Arrays.stream(roles.split(",")).map(String::trim).noneMatch(caller.roles()::contains)) {
                    if (status != 403 || !answer.body().contains("error-page")) {
                        wrong.add(page + " for " + caller.label() + ": " + status + ", not the plugin's 403 page");
                    }
                } else if (toSignIn || status == 403 || status >= 500) {
                    wrong.add(page + " for " + caller.label() + " in its role: " + status);
                }
            }
            if (roles.equals("public") && (publicAnswers.size() != 1 || publicAnswers.iterator().next() >= 400)) {
                wrong.add(page + " is public but answered " + publicAnswers);
            }
        });
        for (String spelled : List.of("/chm/admin/./settings.xhtml", "/chm/admin//settings.xhtml",
                "/chm/admin%2Fsettings.xhtml", "/chm/admin/settings.xhtml;x=1", "/chm/x/../admin/settings.xhtml")) {
            int status = send("GET", spelled, Caller.of(HOME, Roles.AGENT), null, null).statusCode();
            if (status != 400) {
                wrong.add(spelled + " for an agent: " + status + ", not 400");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void apiErrorsAreProblemDetailsThatNeverCarryTheFailuresOwnWords() {
        Caller admin = Caller.of(HOME, Roles.ADMIN, Roles.AGENT);
        for (String[] request : new String[][] {{"GET", "/chm/api/v1/nothing-here", "404"},
                {"DELETE", "/chm/api/v1/settings", "405"}, {"GET", "/chm/api/testing/failure", "500"},
                {"GET", "/chm/api/v1;/settings", "400"}}) {
            HttpResponse<String> answer = send(request[0], request[1], admin, null, null);

            assertEquals(Integer.parseInt(request[2]), answer.statusCode(), request[1]);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    request[1] + " " + answer.headers().map());
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(answer.statusCode(), problem.getInt("status"));
            assertFalse(answer.body().contains("SELECT") || answer.body().contains("Exception"), answer.body());
        }
        HttpResponse<String> unsupported = send("POST", "/chm/api/v1/settings/preview", Caller.of(HOME, Roles.ADMIN),
                "text/plain", "{}");
        assertEquals(415, unsupported.statusCode());
        assertTrue(unsupported.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void pagesGetThePluginsOwnErrorPages() {
        HttpResponse<String> missing = send("GET", "/chm/no-such-page.xhtml", Caller.nobody(), null, null);
        HttpResponse<String> forbidden = send("GET", "/chm/admin/settings.xhtml", Caller.of(HOME, Roles.AGENT), null, null);
        HttpResponse<String> failed = send("GET", "/chm/testing/failing.xhtml", Caller.nobody(), null, null);
        HttpResponse<String> outsideFaces = send("GET", "/chm/no-such-file.txt", Caller.nobody(), null, null);

        for (HttpResponse<String> page : List.of(missing, forbidden, failed, outsideFaces)) {
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.uri().toString());
            assertTrue(page.body().contains("class=\"content error-page\""), page.body());
            assertTrue(page.body().contains("plugin.css"), "styled as the plugin's pages");
            assertFalse(page.body().contains("SELECT") || page.body().contains("Exception"), page.body());
        }
        assertEquals(404, missing.statusCode());
        assertEquals(403, forbidden.statusCode());
        assertEquals(500, failed.statusCode());
        assertEquals(404, outsideFaces.statusCode());
        assertTrue(forbidden.body().contains("Not open to you"));
    }

    @Test
    void everyAnswerCarriesTheHeadersThatTellABrowserWhatItMayDo() {
        HttpResponse<String> api = send("GET", "/chm/api/v1/customers/unknown/health", Caller.of(HOME, Roles.AGENT), null, null);
        HttpResponse<String> page = send("GET", "/chm/login.xhtml", Caller.nobody(), null, null);
        HttpResponse<String> refused = send("GET", "/chm/api/v1/settings", Caller.nobody(), null, null);

        for (HttpResponse<String> answer : List.of(api, page, refused)) {
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), answer.uri().toString());
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(null));
        }
        for (HttpResponse<String> answer : List.of(api, refused)) {
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null));
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        }
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void aChangeABrowserSendsMustComeFromThePluginsOwnPages() {
        String admin = TestUsers.withRoles(HOME, Roles.ADMIN, Roles.AGENT);
        HttpResponse<String> signedIn = send("GET", "/chm/index.xhtml", new Caller("admin", admin, HOME, Set.of()), null, null);
        String session = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String version = "/chm/api/v1/settings/versions/999999/restore";

        assertEquals(404, bySession(session, "POST", version, "application/json", Map.of("Origin", own)).statusCode(),
                "from the plugin's own origin the restore is tried (and finds no such version)");
        assertEquals(404, bySession(session, "POST", version, "application/json", Map.of("Sec-Fetch-Site", "same-origin"))
                .statusCode());
        assertEquals(403, bySession(session, "POST", version, "application/json", Map.of("Origin", "http://evil.example"))
                .statusCode());
        assertEquals(403, bySession(session, "POST", version, "application/json", Map.of("Sec-Fetch-Site", "cross-site"))
                .statusCode());
        assertEquals(403, bySession(session, "POST", version, "application/json", Map.of("Sec-Fetch-Site", "same-site"))
                .statusCode(), "another port of the same host is another origin");
        assertEquals(403, bySession(session, "PUT", "/chm/api/v1/settings", "application/json",
                Map.of("Origin", "null")).statusCode());
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            assertEquals(415, bySession(session, "POST", version, type, Map.of("Origin", own)).statusCode(), type);
        }
        assertEquals(200, bySession(session, "GET", "/chm/api/v1/settings", null, Map.of("Origin", "http://evil.example"))
                .statusCode(), "reads change nothing and are answered to the page that asks");
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + admin).getBytes(StandardCharsets.UTF_8));
        assertEquals(403, exchange("POST", version, basic, "application/json", "{}", Map.of("Origin", "http://evil.example"))
                .statusCode(), "credentials a browser remembers are sent along to other sites' requests too");
        assertEquals(404, exchange("POST", version, basic, "application/json", "{}", Map.of()).statusCode(),
                "a program sends no Origin and is not concerned");
    }

    @Test
    void guessingPasswordsIsSlowedDownForThatUserWithoutSlowingAnyoneElse() {
        String user = TestUsers.withRoles(StoredFixtures.uniqueId("it-throttle"), Roles.AGENT);
        String read = "/chm/api/v1/customers/x/health";
        assertEquals(404, sendWithPassword("GET", read, user, user).statusCode(), "signed in; no such customer");

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            guesses.add(sendWithPassword("GET", read, user, "wrong-" + i).statusCode());
        }

        assertEquals(List.of(401, 401, 401, 401, 401, 401, 429, 429), guesses,
                "five failures are free; after the sixth the next attempts wait, refused unchecked");
        HttpResponse<String> held = sendWithPassword("GET", read, user, "wrong-again");
        assertEquals(429, held.statusCode());
        assertTrue(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(held.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, sendWithPassword("GET", read, user, user).statusCode(),
                "the password found right a moment ago still works while guesses wait");
        assertEquals(404, send("GET", read, Caller.of(HOME, Roles.AGENT), null, null).statusCode(),
                "another user from the same address goes on");
    }

    /** One way of writing an operation's path: whether it reaches the operation, and what every caller gets if not. */
    record Spelling(String path, boolean reaches, int everyoneGets) {
    }

    /** The canonical path, then every other spelling of it at every segment. */
    static List<Spelling> spellings(String path) {
        List<Spelling> spellings = new ArrayList<>();
        spellings.add(new Spelling(path, true, 0));
        spellings.add(new Spelling(path + "/", true, 0));
        String[] segments = path.substring(1).split("/");
        // From the segment after the context root on: the server, not the plugin, reads the context root.
        for (int i = 0; i < segments.length; i++) {
            String before = "/" + String.join("/", Arrays.copyOfRange(segments, 0, i + 1));
            String after = i + 1 < segments.length ? "/" + String.join("/", Arrays.copyOfRange(segments, i + 1, segments.length)) : "";
            if (i > 0) {
                for (String refused : List.of(";", ";x=1", "%3B", "%3b")) {
                    spellings.add(new Spelling(before + refused + after, false, 400));
                }
            }
            if (!after.isEmpty()) {
                spellings.add(new Spelling(before + "/" + after, false, 400));
                spellings.add(new Spelling(before + "/." + after, false, 400));
                spellings.add(new Spelling(before + "/x/.." + after, false, 400));
            }
            String segment = segments[i];
            if (i > 0 && !segment.isEmpty() && Character.isLetter(segment.charAt(0)) && segment.charAt(0) < 128) {
                String escaped = String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1);
                spellings.add(new Spelling(before.substring(0, before.length() - segment.length()) + escaped + after,
                        false, 400));
            }
        }
        // Another case of the operation's own segments (the context root and "api" stay as they are).
        for (int i = 2; i < segments.length; i++) {
            if (!segments[i].equals(segments[i].toUpperCase(Locale.ROOT)) && !segments[i].contains("-")) {
                String[] upper = segments.clone();
                upper[i] = segments[i].toUpperCase(Locale.ROOT);
                spellings.add(new Spelling("/" + String.join("/", upper), false, 404));
                break;
            }
        }
        return spellings;
    }

    /** What is wrong with {@code answer}, or null when it is the matrix's. */
    private static String judge(Operation operation, Spelling spelling, Caller caller, Answer answer) {
        if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            return answer.status() + " as " + answer.contentType() + ", not problem details";
        }
        if (!spelling.reaches()) {
            return answer.status() == spelling.everyoneGets() ? null : "answered " + answer.status() + ", not "
                    + spelling.everyoneGets();
        }
        Declared declared = operation.declared();
        if (declared.everyone()) {
            // Its own check may refuse (an event without a signature is 401), but never asks for a role.
            return answer.challenge() || answer.status() == 403 || answer.status() >= 500
                    ? "open to everyone but answered " + answer.status() + (answer.challenge() ? " with a challenge" : "")
                    : null;
        }
        if (caller.user() == null) {
            if (answer.status() != 401) {
                return "answered " + answer.status() + ", not 401";
            }
            return answer.challenge() ? null : "401 without a WWW-Authenticate challenge";
        }
        if (declared.roles().stream().noneMatch(caller.roles()::contains)) {
            return answer.status() == 403 ? null : "answered " + answer.status() + ", not 403";
        }
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
            return "in a role of " + declared.roles() + " but answered " + answer.status();
        }
        boolean readsOwnRecords = operation.method().equals("GET") && operation.template().contains("Id}");
        if (readsOwnRecords) {
            int expected = HOME.equals(caller.tenant()) ? 200 : 404;
            return answer.status() == expected ? null : "read of " + (expected == 200 ? "its own" : "another tenant's")
                    + " record answered " + answer.status() + ", not " + expected;
        }
        return null;
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(Caller.nobody());
        callers.add(Caller.of(HOME));
        for (String role : Roles.ALL) {
            callers.add(Caller.of(HOME, role));
        }
        callers.add(Caller.of(HOME, Roles.ALL.toArray(String[]::new)));
        callers.add(Caller.of(ELSEWHERE, Roles.ALL.toArray(String[]::new)));
        return callers;
    }

    /** The answer's status, type and whether it challenged the caller to sign in. */
    record Answer(int status, String contentType, boolean challenge) {
    }

    private Answer ask(Operation operation, String path, Caller caller, String customer) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (caller.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.user() + ":" + caller.user()).getBytes(StandardCharsets.UTF_8)));
        }
        if (operation.contentType() != null) {
            String body = operation.arrayBody() ? "[\"" + customer + "\"]" : "{}";
            request.header("Content-Type", operation.contentType())
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        } else if (Set.of("POST", "PUT", "PATCH").contains(operation.method())) {
            request.header("Content-Type", "application/json").method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                if (!type.startsWith("text/event-stream")) {
                    body.readAllBytes();
                }
            }
            return new Answer(response.statusCode(), type,
                    response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operations of the runtime's OpenAPI document, with the roles their code declares. */
    private List<Operation> operations() {
        JsonObject document = openApi();
        Map<String, Declared> declared = declaredInCode();
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> {
            if (template.startsWith("/api/testing/")) {
                return;
            }
            item.asJsonObject().forEach((method, value) -> {
                if (!Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    return;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + template;
                JsonObject operation = value.asJsonObject();
                String contentType = null;
                boolean arrayBody = false;
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    contentType = content.keySet().iterator().next();
                    JsonValue schema = content.getJsonObject(contentType).get("schema");
                    arrayBody = schema instanceof JsonObject object && "array".equals(object.getString("type", ""));
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, contentType, arrayBody,
                        declared.getOrDefault(name, new Declared(false, Set.of()))));
            });
        });
        return operations;
    }

    private JsonObject openApi() {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        String body = Api.exchange(HttpRequest.newBuilder(uri).header("Accept", "application/json").build()).body();
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Every resource method of the deployment by "METHOD /api/path", with what its code declares. */
    private static Map<String, Declared> declaredInCode() {
        Map<String, Declared> declared = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                        .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = "/api/" + trim(classPath) + (methodPath == null ? "" : "/" + trim(methodPath.value()));
                declared.put(verb + " " + path, declaration(method, resource));
            }
        }
        return declared;
    }

    private static Declared declaration(Method method, Class<?> resource) {
        for (AnnotatedElement element : List.of(method, resource)) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new Declared(false, Set.of());
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new Declared(true, Set.of());
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return new Declared(false, Set.of(roles.value()));
            }
        }
        return new Declared(false, Set.of());
    }

    private static String trim(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The deployment's classes with {@code @Path}, wherever in the plugin's packages they are. */
    private static List<Class<?>> resourceClasses() {
        URL anchor = Thread.currentThread().getContextClassLoader().getResource("com/customerhealth/platform/RestApplication.class");
        if (anchor == null || !"file".equals(anchor.getProtocol())) {
            throw new IllegalStateException("The deployment's classes are not a folder here: " + anchor);
        }
        java.nio.file.Path classes = java.nio.file.Path.of(URI.create(anchor.toString())).getParent().getParent()
                .getParent().getParent();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/customerhealth"))) {
            return files.map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> load(file.substring(0, file.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, String customer, String company, String alert, String subscription,
                               String backfill) {
        return "/chm" + template.replace("{customerId}", customer).replace("{companyId}", company)
                .replace("{version}", "999999").replace("{alertId}", alert).replace("{subscriptionId}", subscription)
                .replace("{backfillId}", backfill).replace("{helpdesk}", "zammad");
    }

    private HttpResponse<String> send(String method, String path, Caller caller, String contentType, String body) {
        return caller.user() == null ? exchange(method, path, null, contentType, body, Map.of())
                : sendWithPassword(method, path, caller.user(), caller.user(), contentType, body);
    }

    private HttpResponse<String> sendWithPassword(String method, String path, String user, String password) {
        return sendWithPassword(method, path, user, password, null, null);
    }

    private HttpResponse<String> sendWithPassword(String method, String path, String user, String password,
                                                  String contentType, String body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return exchange(method, path, basic, contentType, body, Map.of());
    }

    private HttpResponse<String> bySession(String cookie, String method, String path, String contentType,
                                           Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Cookie", cookie);
        return exchange(method, path, null, contentType, contentType == null ? null : "{}", all);
    }

    /** One request, its path sent exactly as written (no resolving of dot segments). */
    private HttpResponse<String> exchange(String method, String path, String authorization, String contentType,
                                          String body, Map<String, String> headers) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Api.exchange(request.build());
    }

    /** The customer, its company, and a rating at the bottom of its scale: answers the alert it raised. */
    private String seed(String customer, String company) {
        Instant now = Instant.now();
        hostEvents.fire(new CompanyUpserted(header(now), company, "Matrix Co", Map.of()));
        hostEvents.fire(new CustomerUpserted(header(now), customer, "Matrix Customer", null, company, Map.of()));
        hostEvents.fire(new TicketCreated(header(now), StoredFixtures.uniqueId("ticket"), customer, company,
                now.minusSeconds(60), TicketStatus.OPEN, null, null));
        String rated = StoredFixtures.uniqueId("ticket");
        hostEvents.fire(new TicketCreated(header(now), rated, customer, company, now.minusSeconds(60),
                TicketStatus.SOLVED, null, null));
        hostEvents.fire(new CsatRated(header(now), rated, 1, 1, 3, now.minusSeconds(30), null));
        return alerts.page(HOME, Set.of(), Set.of(AlertKind.LOW_CSAT), 1, AlertsResource.MAX_SIZE).items().stream()
                .filter(alert -> alert.subject().id().equals(customer)).findFirst().orElseThrow().id();
    }

    /** A webhook subscription of the home tenant, to nowhere that answers; its id. */
    private String subscribe() {
        JsonObject webhook = Json.createObjectBuilder().add("channel", "webhook").add("target", "http://127.0.0.1:9/hook")
                .build();
        return subscriptions.create(HOME, SubscriptionDraft.read(webhook, Optional.empty()), "it-matrix").value()
                .subscription().id();
    }

    /** A backfill of the home tenant from a helpdesk that is not there, which waits and waits; its id. */
    private String backfill() {
        String kind = histories.all().keySet().iterator().next();
        JsonObject request = Json.createObjectBuilder().add("kind", kind).add("url", "http://127.0.0.1:9")
                .add("token", "it-matrix-token").add("source", StoredFixtures.uniqueId("source")).build();
        return backfills.start(HOME, BackfillRequest.read(request, histories.all().keySet()), "it-matrix").job().id();
    }

    private static EventHeader header(Instant now) {
        return new EventHeader(HOME, SOURCE, StoredFixtures.uniqueId("event"), now.minusSeconds(60));
    }
}

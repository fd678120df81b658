package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The settings page, {@code admin/settings.xhtml}, in headless chromium: presets, the message of each
 * wrong field, the preview against the scores a save brings, the progress bar, a badge of the agent view
 * changing colour after a save, restoring a version, and agents refused. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsPageIT {

    private static final String PAGE = "admin/settings.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    RemoteFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RemoteFixtures(base);
    }

    @Test
    void onASystemSetToDarkColoursThePageIsDarkAndPassesAxeCore() {
        String tenant = StoredFixtures.uniqueId("settings");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.querySelector('.panel'))"
                    + ".backgroundColor"));
        }
    }

    @Test
    void choosingAPresetFillsItsNumbers() {
        String tenant = StoredFixtures.uniqueId("settings");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertEquals("4", field(browser, "avgInteractions.goodAverage").getAttribute("value"));
            field(browser, "avgCsat.weight").clear();
            field(browser, "avgCsat.weight").sendKeys("3");

            new Select(browser.driver().findElement(By.id("settings:preset"))).selectByVisibleText("B2B");

            browser.waitUntil(5, driver -> "5".equals(field(browser, "avgInteractions.goodAverage").getAttribute("value")));
            Map<String, String> expected = Map.of(
                    "avgInteractions.goodAverage", "5", "avgInteractions.averagePoor", "10",
                    "ticketsInWindow.goodAverage", "10", "ticketsInWindow.averagePoor", "20",
                    "openTickets.goodAverage", "4", "openTickets.averagePoor", "10",
                    "avgCsat.goodAverage", "2.8", "avgCsat.averagePoor", "2.4",
                    "avgCsat.weight", "1");
            expected.forEach((setting, value) ->
                    assertEquals(value, field(browser, setting).getAttribute("value"), setting));
            assertEquals("60", field(browser, "windowDays").getAttribute("value"), "a preset leaves the window");
            assertTrue(versions(tenant).isEmpty(), "choosing a preset saves nothing");
        }
    }

    @Test
    void eachWrongFieldShowsItsMessageAndNothingIsSaved() {
        String tenant = StoredFixtures.uniqueId("settings");
        record Wrong(String setting, String typed, String shownAt, String message) {
        }
        List<Wrong> cases = List.of(
                new Wrong("avgCsat.goodAverage", "abc", "avgCsat.goodAverage", "must be a number"),
                new Wrong("openTickets.weight", "-1", "openTickets.weight", "must not be negative"),
                new Wrong("ticketsInWindow.goodAverage", "9", "ticketsInWindow.goodAverage",
                        "for Tickets in the window lower is better, so the good/average threshold must be at most"
                                + " the average/poor one (9 vs 3)"),
                new Wrong("cutoffs.average", "80", "cutoffs.average", "must not be above the healthy cut-off (80 > 70)"),
                new Wrong("windowDays", "0", "windowDays", "must be between 1 and 3650 days, was 0"));
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            for (Wrong wrong : cases) {
                browser.open(PAGE);
                field(browser, wrong.setting()).clear();
                field(browser, wrong.setting()).sendKeys(wrong.typed());
                browser.driver().findElement(By.id("settings:save")).click();

                assertEquals(wrong.message(), browser.textOnceShown(5,
                        By.cssSelector("[data-error-for='" + wrong.shownAt() + "']")), wrong.setting());
                assertEquals(wrong.typed(), field(browser, wrong.setting()).getAttribute("value"),
                        "what was typed stays for correcting");
                assertTrue(browser.driver().findElement(By.id("settings:messages")).getText()
                        .contains("nothing was saved"), wrong.setting());
            }

            browser.open(PAGE);
            field(browser, "windowDays").clear();
            field(browser, "windowDays").sendKeys("0");
            browser.driver().findElement(By.id("settings:preview")).click();
            browser.waitUntil(5, driver -> driver.findElement(By.id("settings:messages")).getText()
                    .contains("nothing was previewed"));

            browser.open(PAGE);
            browser.driver().findElements(By.cssSelector("label.switch")).forEach(WebElement::click);
            browser.driver().findElement(By.id("settings:save")).click();
            assertEquals("at least one parameter must be switched on",
                    browser.textOnceShown(5, By.cssSelector("[data-error-for='parameters']")));
        }
        assertTrue(versions(tenant).isEmpty(), "nothing invalid was saved");
    }

    @Test
    void thePreviewCountsAreTheScoresAfterSavingAndTheProgressBarReachesTheEnd() {
        String tenant = StoredFixtures.uniqueId("settings");
        PresetSensitiveCustomers customers = PresetSensitiveCustomers.seed(fixtures, tenant);
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            new Select(browser.driver().findElement(By.id("settings:preset"))).selectByVisibleText("B2B");
            browser.waitUntil(5, driver -> "5".equals(field(browser, "avgInteractions.goodAverage").getAttribute("value")));
            browser.driver().findElement(By.id("settings:preview")).click();

            browser.waitUntil(5, driver -> !driver.findElements(By.cssSelector("[data-counts='customers']")).isEmpty());
            browser.waitUntil(5, driver -> "previewTitle".equals(browser.script("return document.activeElement.id")));
            browser.assertAccessible();
            assertEquals(Map.of("healthy", "1", "average", "2", "poor", "0", "noData", "0"), counts(browser, ".now"));
            Map<String, String> draft = counts(browser, ".draft");
            assertEquals(Map.of("healthy", "2", "average", "1", "poor", "0", "noData", "0"), draft);

            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitUntil(10, driver -> "true".equals(driver.findElement(By.id("rescoring"))
                    .getAttribute("data-finished")));
            assertEquals("100", browser.driver().findElement(By.cssSelector("#rescoring progress")).getAttribute("value"));
            assertEquals("100", browser.driver().findElement(By.cssSelector("#rescoring .percent")).getText());
            assertEquals(draft, bands(tenant, customers.all()), "the preview foretold the saved scores");
            assertTrue(browser.driver().findElement(By.id("settings:messages")).getText().startsWith("Version 1 saved"));
            browser.screenshot(Path.of("target", "screenshots", "settings.png"), 1280, 1400);
        }
    }

    @Test
    void aSaveChangesTheColourOfABadgeOnAnOpenAgentViewAndRestoringBringsItBack() {
        String tenant = StoredFixtures.uniqueId("settings");
        PresetSensitiveCustomers customers = PresetSensitiveCustomers.seed(fixtures, tenant);
        try (Browser agent = Browser.signedInAs(base, TestUsers.agentOf(tenant));
             Browser admin = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            agent.open("agent/tickets.xhtml?show=all");
            assertTrue(badgeClass(agent, customers.busy()).contains("chm-average"));

            admin.open(PAGE);
            new Select(admin.driver().findElement(By.id("settings:preset"))).selectByVisibleText("B2B");
            admin.waitUntil(5, driver -> "5".equals(field(admin, "avgInteractions.goodAverage").getAttribute("value")));
            admin.driver().findElement(By.id("settings:save")).click();
            agent.waitUntil(10, driver -> badgeClass(agent, customers.busy()).contains("chm-healthy"));

            admin.open(PAGE);
            new Select(admin.driver().findElement(By.id("settings:preset"))).selectByVisibleText("B2C, 1–10 employees");
            admin.waitUntil(5, driver -> "4".equals(field(admin, "avgInteractions.goodAverage").getAttribute("value")));
            admin.driver().findElement(By.id("settings:save")).click();
            String saved = admin.textOnceShown(5, By.id("settings:messages"));
            assertTrue(saved.startsWith("Version 2 saved"), saved);
            By second = By.cssSelector("tr[data-version='2']");
            admin.waitUntil(5, driver -> !driver.findElements(second).isEmpty());
            String history = admin.driver().findElement(second).getText();
            assertTrue(history.contains("Average case interactions: good / average 5 → 4"), history);
            assertTrue(history.matches("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC.*"),
                    "saved at an absolute time: " + history);
            agent.waitUntil(10, driver -> badgeClass(agent, customers.busy()).contains("chm-average"));

            By restoreFirst = By.cssSelector("tr[data-version='1'] input[type=submit]");
            admin.driver().findElement(restoreFirst).click();
            Alert asked = admin.waitUntil(5, ExpectedConditions.alertIsPresent());
            assertTrue(asked.getText().startsWith("Restore version 1?"), asked.getText());
            asked.dismiss();
            assertEquals(2, versions(tenant).size(), "a restore not confirmed restores nothing");

            admin.driver().findElement(restoreFirst).click();
            admin.waitUntil(5, ExpectedConditions.alertIsPresent()).accept();
            agent.waitUntil(10, driver -> badgeClass(agent, customers.busy()).contains("chm-healthy"));
            assertTrue(admin.driver().findElement(By.cssSelector("tr[data-version='3']")).getText()
                    .contains("(restores 1)"));
            assertEquals("5", field(admin, "avgInteractions.goodAverage").getAttribute("value"),
                    "the form shows the restored rules");
            assertEquals("B2B", new Select(admin.driver().findElement(By.id("settings:preset")))
                    .getFirstSelectedOption().getText(), "the preset list shows the preset the restored rules follow");
            assertEquals("Version 3 in force, following the preset B2B",
                    admin.driver().findElement(By.id("inForce")).getText());
        }
    }

    @Test
    void theRebuildButtonFoldsEverythingAgainFromTheJournalAndShowsItsProgressToTheEnd() {
        String tenant = StoredFixtures.uniqueId("settings");
        PresetSensitiveCustomers customers = PresetSensitiveCustomers.seed(fixtures, tenant);
        Map<String, String> scored = bands(tenant, customers.all());
        fixtures.forgetScores(tenant, customers.all());
        assertEquals(Map.of("healthy", "0", "average", "0", "poor", "0", "noData",
                Integer.toString(customers.all().size())), bands(tenant, customers.all()), "scores lost on purpose");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertTrue(browser.driver().findElement(By.cssSelector("#rebuild .rebuild-progress")).getAttribute("hidden") != null,
                    "no progress before a rebuild was asked for");
            browser.driver().findElement(By.id("rebuildStart")).click();

            browser.waitUntil(20, driver -> "Rebuilt".equals(driver.findElement(By.cssSelector("#rebuild .state")).getText()));
            assertEquals("100", browser.driver().findElement(By.cssSelector("#rebuild progress")).getAttribute("value"));
            assertEquals("100", browser.driver().findElement(By.cssSelector("#rebuild .percent")).getText());
            assertEquals(browser.driver().findElement(By.cssSelector("#rebuild .total")).getText(),
                    browser.driver().findElement(By.cssSelector("#rebuild .done")).getText());
        }
        assertEquals(scored, bands(tenant, customers.all()), "every score recomputed by the rebuild");
    }

    @Test
    void theSettingsPageIsForAdminsOnly() {
        String tenant = StoredFixtures.uniqueId("settings");
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get(PAGE).statusCode());
        assertEquals(302, Api.at(base).get(PAGE).statusCode(), "the sign-in page first");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open(PAGE);
            assertTrue(browser.driver().findElements(By.id("settings")).isEmpty(), "no form for an agent");
        }
    }

    @Test
    void aSaveFromAnotherSiteWithoutThePagesViewStateSavesNothing() throws Exception {
        String tenant = StoredFixtures.uniqueId("settings");
        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (TestUsers.adminOf(tenant) + ":" + TestUsers.adminOf(tenant)).getBytes(StandardCharsets.UTF_8));
        String page = signedIn.send(HttpRequest.newBuilder(base.toURI().resolve(PAGE))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> save = formFields(page);
        assertTrue(save.containsKey("jakarta.faces.ViewState"), "the page carries its view state");
        save.put("settings:windowDays", "30");
        save.put("settings:save", "Save");

        for (String viewState : List.of("", "-1234567890123456789:987654321")) {
            Map<String, String> forged = new LinkedHashMap<>(save);
            forged.remove("jakarta.faces.ViewState");
            if (!viewState.isEmpty()) {
                forged.put("jakarta.faces.ViewState", viewState);
            }
            signedIn.send(form(forged), HttpResponse.BodyHandlers.ofString());
        }
        assertTrue(versions(tenant).isEmpty(), "a form post needs the view state of a page the admin opened");

        signedIn.send(form(save), HttpResponse.BodyHandlers.ofString());
        assertEquals(1, versions(tenant).size(), "with the page's own view state the same post saves");
    }

    @Test
    void aRestorePostedFromAnotherSiteInTheAdminsBrowserRestoresNothing() throws Exception {
        String tenant = StoredFixtures.uniqueId("settings");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        String rules = Api.json(admin.get("api/v1/settings")).asJsonObject().getJsonObject("rules").toString();
        assertEquals(200, admin.putJson("api/v1/settings", rules).statusCode());
        String restore = base + "api/v1/settings/versions/1/restore";
        // Another origin on the plugin's own host (same site, so the cookie goes along) and another host (another site).
        HttpServer attacker = HttpServer.create(new InetSocketAddress(0), 0);
        attacker.createContext("/form", exchange -> page(exchange, "<form id=\"f\" method=\"POST\" action=\"" + restore
                + "\" enctype=\"text/plain\"><input type=\"hidden\" name='{\"x\":\"' value='\"}'></form>"
                + "<script>document.getElementById('f').submit();</script>"));
        attacker.createContext("/scripts", exchange -> page(exchange, "<script>"
                + "var simple = fetch('" + restore + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'}, body: '{}'});"
                + "var json = fetch('" + restore + "', {method: 'POST', mode: 'cors', credentials: 'include',"
                + " headers: {'Content-Type': 'application/json'}, body: '{}'});"
                + "Promise.allSettled([simple, json]).then(function () { document.title = 'sent'; });</script>"));
        attacker.start();
        String otherHost = base.getHost().equals("127.0.0.1") ? "localhost" : "127.0.0.1";
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            for (String host : List.of(base.getHost(), otherHost)) {
                String site = "http://" + host + ":" + attacker.getAddress().getPort();
                browser.driver().get(site + "/form");
                browser.waitUntil(10, driver -> driver.getCurrentUrl().endsWith("/restore"));
                browser.driver().get(site + "/scripts");
                browser.waitUntil(10, driver -> "sent".equals(driver.getTitle()));
            }
            browser.open(PAGE);
            assertTrue(browser.driver().findElements(By.cssSelector("tr[data-version='2']")).isEmpty(),
                    "the page lists no restored version");
        } finally {
            attacker.stop(0);
        }
        assertEquals(1, versions(tenant).size(), "no form or script of another site restored a version");
    }

    private static void page(HttpExchange exchange, String body) throws java.io.IOException {
        byte[] html = ("<!DOCTYPE html><html><head><title>A prize for you</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (var out = exchange.getResponseBody()) {
            out.write(html);
        }
    }

    /** What a browser would send of the page's text fields, hidden fields, ticked boxes and chosen options. */
    private static Map<String, String> formFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(page);
        while (input.find()) {
            String tag = input.group(1);
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null || "submit".equals(type) || "checkbox".equals(type) && !tag.contains("checked")) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.put(name, value != null ? value.replace("&#58;", ":") : "checkbox".equals(type) ? "on" : "");
        }
        Matcher select = Pattern.compile("(?s)<select([^>]*)>(.*?)</select>").matcher(page);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            fields.put(attribute(select.group(1), "name"), chosen.find() ? chosen.group(1) : "");
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher attribute = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return attribute.find() ? attribute.group(1) : null;
    }

    private HttpRequest form(Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.toURI().resolve(PAGE)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static WebElement field(Browser browser, String setting) {
        return browser.driver().findElement(By.cssSelector("[data-setting='" + setting + "']"));
    }

    private static Map<String, String> counts(Browser browser, String which) {
        return browser.driver().findElements(By.cssSelector("[data-counts='customers'] td")).stream()
                .collect(Collectors.toMap(cell -> cell.getAttribute("data-band"),
                        cell -> cell.findElement(By.cssSelector(which)).getText()));
    }

    private static String badgeClass(Browser browser, String customer) {
        return browser.badgeOf("customer", customer).getAttribute("class");
    }

    private Map<String, String> bands(String tenant, List<String> customers) {
        Map<String, Long> bands = Api.json(Api.at(base).as(TestUsers.adminOf(tenant)).postJson("api/v1/customers/health",
                        Json.createArrayBuilder(customers).build().toString())).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(view -> view.getString("band"), Collectors.counting()));
        return Map.of("healthy", count(bands, "healthy"), "average", count(bands, "average"),
                "poor", count(bands, "poor"), "noData", count(bands, "no_data"));
    }

    private static String count(Map<String, Long> bands, String band) {
        return Long.toString(bands.getOrDefault(band, 0L));
    }

    private List<JsonObject> versions(String tenant) {
        return Api.json(Api.at(base).as(TestUsers.adminOf(tenant)).get("api/v1/settings/versions")).asJsonArray()
                .getValuesAs(JsonObject.class);
    }
}

package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.customerhealth.tickets.TicketStatus;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The alerts in the browser: the list {@code manager/alerts.xhtml} in headless chromium, an alert raised while
 * it is open coming in at the top without a reload, with its summary, the header's count rising, acknowledged
 * from the page and resolved in place; the filters and pages; a customer's page with its alerts and its
 * badge's card telling the latest, read only once opened; German; dark colours and axe-core; agents refused
 * the list. Each test has a tenant of its own, whose events are processed as the events API would once it
 * had checked their signature.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsPageIT {

    private static final String PAGE = "manager/alerts.xhtml";
    private static final String SOURCE = "https://desk.example.com";

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
    void anAlertRaisedWhileThePageIsOpenComesInAtTheTopAndIsAcknowledgedThere() {
        String tenant = tenant("live");
        healthy(tenant, "bob", "Bob Babbage");
        fall(tenant, "bob");
        healthy(tenant, "ada", "Ada Lovelace");
        Api manager = manager(tenant);
        JsonObject before = health(manager, "ada");
        long openBefore = openTotal(manager);
        assertTrue(openBefore > 0, "Bob's fall raised alerts the page starts with");

        String user = TestUsers.withRoles(tenant, Roles.MANAGER);
        try (Browser browser = Browser.signedInAs(base, user)) {
            browser.open(PAGE);
            waitUntilLive(browser);
            assertEquals(ids(manager, "alerts?state=open&size=25"), rowIds(browser), "the open alerts, newest first");
            assertEquals(String.valueOf(openBefore), count(browser).getAttribute("data-count"));
            browser.script("window.sameDocument = true");

            fall(tenant, "ada");

            JsonObject after = health(manager, "ada");
            JsonObject bandDrop = alertOf(manager, "ada", "band_drop");
            String row = "#alertTable tr[data-id='" + bandDrop.getString("id") + "']";
            browser.waitUntil(20, driver -> !driver.findElements(By.cssSelector(row)).isEmpty());
            assertEquals(Boolean.TRUE, browser.script("return window.sameDocument === true"), "the page was not reloaded");
            String summary = "Ada Lovelace dropped from healthy to poor (score " + before.getInt("score") + " → "
                    + after.getInt("score") + ")";
            assertEquals(summary, text(browser, row + " .alert-summary"));
            assertEquals("Band drop", text(browser, row + " .alert-kind"));
            assertEquals(before.getInt("score") + " → " + after.getInt("score"), text(browser, row + " .alert-score"));
            assertEquals("Open", text(browser, row + " .state-chip"));
            List<String> adas = ids(manager, "alerts?state=open&subjectType=customer&subjectId=ada");
            browser.waitUntil(10, driver -> {
                List<String> rows = rowIds(browser);
                return rows.size() >= adas.size() && new HashSet<>(rows.subList(0, adas.size())).equals(Set.copyOf(adas));
            });
            assertTrue(announced(browser).startsWith("New alert: "), "told to screen readers: " + announced(browser));

            long openAfter = openTotal(manager);
            assertEquals(openBefore + adas.size(), openAfter);
            browser.waitUntil(10, driver -> count(browser).getAttribute("data-count").equals(String.valueOf(openAfter)));
            assertEquals(openAfter + " open alerts", count(browser).findElement(By.className("visually-hidden"))
                    .getAttribute("textContent"), "the count's accessible name");
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "alerts.png"), 1280, 900);

            WebElement acknowledge = browser.driver().findElement(By.cssSelector(row + " button.acknowledge"));
            acknowledge.click();
            browser.waitUntil(10, driver -> "acknowledged".equals(driver.findElement(By.cssSelector(row))
                    .getAttribute("data-state")));
            JsonObject acknowledged = Api.json(manager.get("api/v1/alerts/" + bandDrop.getString("id"))).asJsonObject();
            assertEquals("acknowledged", acknowledged.getString("state"), "the API holds it acknowledged");
            assertEquals(user, acknowledged.getString("acknowledgedBy"));
            assertTrue(text(browser, row + " .alert-state").contains("by " + user), text(browser, row + " .alert-state"));
            assertTrue(browser.driver().findElements(By.cssSelector(row + " button.acknowledge")).isEmpty(),
                    "nothing left to do");
            assertEquals("Alert acknowledged: " + summary, announced(browser));
            browser.waitUntil(10, driver -> count(browser).getAttribute("data-count").equals(String.valueOf(openAfter - 1)));

            regain(tenant, "ada");
            browser.waitUntil(20, driver -> "resolved".equals(driver.findElement(By.cssSelector(row))
                    .getAttribute("data-state")));
            assertEquals("Resolved", text(browser, row + " .state-chip"), "resolved in place, the filter kept as it was");
            assertEquals(Boolean.TRUE, browser.script("return window.sameDocument === true"), "the page was not reloaded");
            browser.assertAccessible();
        }
    }

    @Test
    void theFiltersAndPagesAreTheApisAndThePagePassesAxeCoreInTheDark() {
        String tenant = tenant("filter");
        for (int c = 0; c < 4; c++) {
            healthy(tenant, "c" + c, "Customer " + c);
            fall(tenant, "c" + c);
        }
        Api manager = manager(tenant);
        String first = ids(manager, "alerts?state=open&size=1").get(0);
        assertEquals(200, manager.postJson("api/v1/alerts/" + first + "/acknowledge", "{}").statusCode());
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.ADMIN))) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            waitUntilLive(browser);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            browser.driver().findElement(By.cssSelector("#alertFilter input[value='acknowledged']")).click();
            browser.waitUntil(10, driver -> rowIds(browser).equals(List.of(first)));
            browser.driver().findElement(By.cssSelector("#alertFilter input[value='all']")).click();
            new Select(browser.driver().findElement(By.cssSelector(
                    "#alertFilter select[name='kind']"))).selectByValue("low_csat");
            List<String> lowCsat = ids(manager, "alerts?kind=low_csat&size=25");
            assertEquals(4, lowCsat.size(), "one a customer");
            browser.waitUntil(10, driver -> rowIds(browser).equals(lowCsat));
            browser.driver().findElement(By.cssSelector("#alertFilter input[value='all']")).click();
            new Select(browser.driver().findElement(By.cssSelector(
                    "#alertFilter select[name='kind']"))).selectByValue("");
            JsonObject all = Api.json(manager.get("api/v1/alerts?size=25")).asJsonObject();
            List<String> firstPage = ids(manager, "alerts?size=25");
            browser.waitUntil(10, driver -> rowIds(browser).equals(firstPage));
            assertEquals("Page 1 of " + Math.max(1, (all.getInt("total") + 24) / 25) + " · " + all.getInt("total")
                    + " rows", text(browser, ".paging-status"));
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "alerts-dark.png"), 1280, 900);
        }
    }

    @Test
    void theCustomersPageAndItsBadgeCardTellItsAlertsToAnAgentAndTheCardFollowsThem() {
        String tenant = tenant("card");
        healthy(tenant, "ada", "Ada Lovelace");
        healthy(tenant, "bob", "Bob Babbage");
        fall(tenant, "ada");
        Api manager = manager(tenant);
        List<String> open = ids(manager, "alerts?state=open&subjectType=customer&subjectId=ada");
        assertTrue(open.size() > 1, "the fall raised several alerts: " + open);
        JsonObject bandDrop = alertOf(manager, "ada", "band_drop");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open("scores/customer.xhtml?id=ada");
            String item = "#subjectAlerts li[data-id='" + bandDrop.getString("id") + "']";
            browser.waitUntil(20, driver -> !driver.findElements(By.cssSelector(item)).isEmpty());
            // Read in one go: the list is written anew when the page starts following the stream.
            List<?> shown = (List<?>) browser.script("var item = document.querySelector(arguments[0]);"
                    + " return [item.querySelector('.alert-summary').textContent, item.querySelector('.alert-meta')"
                    + ".textContent, document.querySelectorAll('#subjectAlerts li[data-id]').length];", item);
            assertEquals(bandDrop.getString("summary"), shown.get(0));
            assertTrue(((String) shown.get(1)).startsWith("Band drop · Open · "), shown.get(1).toString());
            assertEquals((long) open.size(), shown.get(2), "each open alert of hers");
            assertTrue(browser.driver().findElements(By.id("alertsNav")).isEmpty(), "an agent has no alert list");

            WebElement badge = browser.waitUntil(20, driver -> driver.findElements(By.cssSelector(
                    "#subjectBadge .chm-health")).stream().findFirst().orElse(null));
            assertEquals(0L, cardReads(browser), "no card opened, no alerts read for one");
            browser.hover(badge.findElement(By.className("chm-dot")));
            JsonObject latest = Api.json(manager.get("api/v1/alerts?state=open&size=1&subjectType=customer&subjectId=ada"))
                    .asJsonObject().getJsonArray("items").getJsonObject(0);
            String line = browser.textOnceShown(10, By.cssSelector("#subjectBadge .chm-card-alert"));
            assertTrue(line.startsWith("⚠ " + latest.getString("summary") + " · "), line);
            assertTrue(line.endsWith("and " + (open.size() - 1) + " more open alert" + (open.size() == 2 ? "" : "s")), line);
            assertEquals(1L, cardReads(browser), "one read, for the card opened");
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "alert-card.png"), 1280, 900);

            assertEquals(200, manager.postJson("api/v1/alerts/" + latest.getString("id") + "/acknowledge", "{}")
                    .statusCode());
            JsonObject next = Api.json(manager.get("api/v1/alerts?state=open&size=1&subjectType=customer&subjectId=ada"))
                    .asJsonObject().getJsonArray("items").getJsonObject(0);
            browser.waitUntil(10, driver -> next.getString("id").equals(driver.findElement(By.cssSelector(
                    "#subjectBadge .chm-card-alert")).getAttribute("data-alert")));
            browser.waitUntil(10, driver -> driver.findElement(By.cssSelector(item.replace(bandDrop.getString("id"),
                    latest.getString("id")))).getAttribute("data-state").equals("acknowledged"));
        }
    }

    @Test
    void inGermanTheListSpeaksGerman() {
        String tenant = tenant("de");
        healthy(tenant, "ada", "Ada Lovelace");
        fall(tenant, "ada");
        JsonObject bandDrop = alertOf(manager(tenant), "ada", "band_drop");
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER), Locale.GERMAN)) {
            browser.open(PAGE);
            waitUntilLive(browser);
            String row = "#alertTable tr[data-id='" + bandDrop.getString("id") + "']";
            assertEquals("Warnungen", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(text(browser, row + " .alert-summary").startsWith("Ada Lovelace ist von gesund auf schlecht gefallen"),
                    text(browser, row + " .alert-summary"));
            assertEquals("Bereich gesunken", text(browser, row + " .alert-kind"));
            assertEquals("Bestätigen", text(browser, row + " button.acknowledge"));
            assertTrue(count(browser).findElement(By.className("visually-hidden")).getAttribute("textContent")
                    .endsWith("offene Warnungen"));
        }
    }

    @Test
    void anAgentIsRefusedTheList() {
        String tenant = StoredFixtures.uniqueId("alerts-agent");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open(PAGE);
            assertTrue(browser.driver().getPageSource().contains("403"), browser.driver().getPageSource());
            assertTrue(browser.driver().findElements(By.id("alertTable")).isEmpty());
        }
    }

    /** {@code customer} of {@code tenant}, named {@code name}, with a ticket rated 3 of 3 three days ago: healthy. */
    private void healthy(String tenant, String customer, String name) {
        Instant threeDaysAgo = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(3));
        fixtures.events(tenant, List.of(
                new CustomerUpserted(header(tenant, customer + "-u", threeDaysAgo), customer, name, null, null, Map.of()),
                new TicketCreated(header(tenant, customer + "-t0", threeDaysAgo), customer + "-T-0", customer, null,
                        threeDaysAgo, TicketStatus.SOLVED, null, null),
                new CsatRated(header(tenant, customer + "-r0", threeDaysAgo), customer + "-T-0", 3, 1, 3, threeDaysAgo,
                        null)));
    }

    /** Four more tickets of {@code customer} rated 1 of 3 in the last day, in one batch: healthy to poor at once. */
    private void fall(String tenant, String customer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<HelpdeskEvent> events = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            Instant at = now.minus(Duration.ofHours(10 - t));
            events.add(new TicketCreated(header(tenant, customer + "-t" + t, at), customer + "-T-" + t, customer, null,
                    at, TicketStatus.SOLVED, null, null));
            events.add(new CsatRated(header(tenant, customer + "-r" + t, at), customer + "-T-" + t, 1, 1, 3, at, null));
        }
        fixtures.events(tenant, events);
    }

    /** The four tickets of the fall deleted: {@code customer} stands where it stood, healthy. */
    private void regain(String tenant, String customer) {
        List<HelpdeskEvent> events = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            events.add(new TicketDeleted(header(tenant, customer + "-d" + t, Instant.now()), customer + "-T-" + t));
        }
        fixtures.events(tenant, events);
    }

    private static String tenant(String prefix) {
        return prefix + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
    }

    private static EventHeader header(String tenant, String id, Instant at) {
        return new EventHeader(tenant, SOURCE, id, at);
    }

    private Api manager(String tenant) {
        return Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
    }

    private static JsonObject health(Api api, String customer) {
        return Api.json(api.get("api/v1/customers/" + customer + "/health")).asJsonObject();
    }

    private static long openTotal(Api api) {
        return Api.json(api.get("api/v1/alerts?state=open&size=1")).asJsonObject().getJsonNumber("total").longValue();
    }

    private static List<String> ids(Api api, String query) {
        return Api.json(api.get("api/v1/" + query)).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(alert -> alert.getString("id")).toList();
    }

    private static JsonObject alertOf(Api api, String customer, String kind) {
        List<JsonObject> found = Api.json(api.get("api/v1/alerts?kind=" + kind + "&subjectType=customer&subjectId="
                + customer)).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), "one " + kind + " of " + customer + ": " + found);
        return found.get(0);
    }

    /** Waits until the list has been read once the page follows the change stream, so nothing raised is missed. */
    private static void waitUntilLive(Browser browser) {
        browser.waitUntil(20, driver -> driver.findElement(By.id("updated")).getText().contains("Live"));
    }

    private static List<String> rowIds(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#alertTable tbody tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
    }

    /** What the page told screen readers last; its live region is not shown. */
    private static String announced(Browser browser) {
        return browser.driver().findElement(By.id("announcer")).getAttribute("textContent");
    }

    private static WebElement count(Browser browser) {
        return browser.driver().findElement(By.id("openAlertCount"));
    }

    private static String text(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    /** How many reads of one subject's open alerts the page made: those of badge cards. */
    private static long cardReads(Browser browser) {
        return (Long) browser.script("return performance.getEntriesByType('resource').filter(function (entry) {"
                + " return entry.name.indexOf('/api/v1/alerts?state=open&size=1&subjectType=') >= 0; }).length");
    }
}

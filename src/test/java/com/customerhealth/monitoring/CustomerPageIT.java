package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.customerhealth.tickets.TicketStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The customer and company pages, {@code scores/customer.xhtml?id=} and {@code scores/company.xhtml?id=},
 * in headless chromium: the marker and the line of the event that moved the score, the tickets, the
 * company's spread, the badge card's move over 7 days and its link, an agent reading, dark colours and
 * axe-core. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerPageIT {

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
    void theDrillDownMarksAndNamesTheEventThatMovedTheScore() {
        String tenant = drop("drill");
        JsonObject drop = pointOf(tenant, "drill-csat-drop");
        JsonObject before = pointBefore(tenant, "drill-csat-drop");
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.open("scores/customer.xhtml?id=drill-ada");
            waitForMarker(browser, "drill-csat-drop");
            assertEquals("Ada Lovelace", browser.driver().findElement(By.id("subjectName")).getText());
            WebElement move = browser.driver().findElement(By.cssSelector("#moves li[data-reference='drill-csat-drop']"));
            assertEquals("CSAT 1 of 3 on ticket drill-T-2: " + before.getInt("score") + " → " + drop.getInt("score"),
                    move.findElement(By.className("move-what")).getText());
            assertEquals("drill-csat-drop", browser.driver().findElement(By.cssSelector("#moves li")).getAttribute(
                    "data-reference"), "the latest move comes first");

            List<String> tickets = browser.driver().findElements(By.cssSelector("#ticketTable tbody tr th")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("drill-T-2", "drill-T-1"), tickets);
            assertTrue(browser.driver().findElement(By.cssSelector("#ticketTable tbody tr")).getText().contains("1 of 3"));
            browser.waitUntil(10, driver -> driver.findElement(By.id("companyLine")).getText().contains("Analytical Engines"));
            String spread = spreadOf(tenant);
            browser.waitUntil(10, driver -> driver.findElement(By.id("companyLine")).getText().contains(spread));
            assertEquals(2, browser.driver().findElements(By.cssSelector("#memberTable tbody tr")).size());
            assertEquals(List.of("Ada Lovelace", "Bob Babbage"), browser.driver().findElements(
                    By.cssSelector("#memberTable tbody a.subject")).stream().map(WebElement::getText).sorted().toList());

            int parameters = (int) Api.json(agent(tenant).get("api/v1/customers/drill-ada/health")).asJsonObject()
                    .getJsonArray("parameters").stream().filter(p -> p.asJsonObject().getBoolean("enabled")).count();
            assertEquals(parameters, browser.driver().findElements(By.cssSelector("#parameterCharts figure canvas")).size());

            WebElement table = browser.driver().findElement(By.cssSelector(".chart-table summary"));
            table.click();
            assertTrue(browser.driver().findElement(By.id("scoreTable")).getText().contains("CSAT 1 of 3 on ticket drill-T-2"));
            browser.assertAccessible();
            table.click();
            browser.screenshot(Path.of("target", "screenshots", "customer-page.png"), 1280, 1900);
        }
    }

    @Test
    void theBadgeCardTellsTheMoveOverSevenDaysAndLinksToThePage() {
        String tenant = drop("card");
        int delta7 = Api.json(agent(tenant).get("api/v1/customers/card-ada/health")).asJsonObject().getInt("delta7");
        assertTrue(delta7 < 0, "the drop two days ago is within the week");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open("scores/customer.xhtml?id=card-ada");
            WebElement badge = browser.waitUntil(20, driver -> driver.findElements(By.cssSelector("#subjectBadge .chm-health"))
                    .stream().findFirst().orElse(null));
            browser.hover(badge.findElement(By.className("chm-dot")));
            assertEquals("↓ " + Math.abs(delta7) + " in 7 days", browser.textOnceShown(5, By.cssSelector(
                    "#subjectBadge .chm-trend")));
            String link = badge.findElement(By.className("chm-card-link")).getAttribute("href");
            assertTrue(link.endsWith("/scores/customer.xhtml?id=card-ada"), link);
            assertTrue(browser.driver().findElements(By.cssSelector(".breadcrumb")).isEmpty(),
                    "an agent has no portfolio to go back to");

            browser.open("scores/company.xhtml?id=card-engines");
            browser.waitUntil(20, driver -> driver.findElements(By.cssSelector("#memberTable tbody tr")).size() == 2);
            assertEquals("Analytical Engines", browser.driver().findElement(By.id("subjectName")).getText());
            assertTrue(browser.driver().findElements(By.id("parameterCharts")).isEmpty());
            browser.assertAccessible();
        }
    }

    @Test
    void onASystemSetToDarkColoursThePageIsDarkAndPassesAxeCore() {
        String tenant = drop("dark");
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.prefersDarkColours();
            browser.open("scores/customer.xhtml?id=dark-ada");
            waitForMarker(browser, "dark-csat-drop");
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.querySelector('.panel'))"
                    + ".backgroundColor"));
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "customer-page-dark.png"), 1280, 1000);
        }
    }

    @Test
    void anUnknownIdSaysSo() {
        String tenant = StoredFixtures.uniqueId("none");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open("scores/customer.xhtml?id=nobody");
            assertEquals("This could not be read: There is no customer with the id nobody. It is tried again with the"
                    + " next change.", browser.textOnceShown(20, By.id("failure")));
        }
    }

    /**
     * A tenant where {@code prefix}-ada of company {@code prefix}-engines had ticket T-1 rated 3 of 3 twenty
     * days ago, then ticket T-2 opened three days ago and rated 1 of 3 two days ago ({@code prefix}-csat-drop);
     * {@code prefix}-bob of the same company had one ticket rated 3.
     */
    private String drop(String prefix) {
        String tenant = prefix + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant old = now.minus(Duration.ofDays(20));
        Instant recent = now.minus(Duration.ofDays(3));
        Instant drop = now.minus(Duration.ofDays(2));
        String company = prefix + "-engines";
        List<HelpdeskEvent> events = List.of(
                new CompanyUpserted(header(tenant, prefix + "-co", old), company, "Analytical Engines", Map.of()),
                new CustomerUpserted(header(tenant, prefix + "-u1", old), prefix + "-ada", "Ada Lovelace", null, company,
                        Map.of()),
                new CustomerUpserted(header(tenant, prefix + "-u2", old), prefix + "-bob", "Bob Babbage", null, company,
                        Map.of()),
                new TicketCreated(header(tenant, prefix + "-t1", old), prefix + "-T-1", prefix + "-ada", company, old,
                        TicketStatus.OPEN, null, null),
                new TicketStatusChanged(header(tenant, prefix + "-s1", old.plusSeconds(3600)), prefix + "-T-1",
                        TicketStatus.SOLVED, old.plusSeconds(3600)),
                new CsatRated(header(tenant, prefix + "-r1", old.plusSeconds(7200)), prefix + "-T-1", 3, 1, 3,
                        old.plusSeconds(7200), null),
                new TicketCreated(header(tenant, prefix + "-t3", old), prefix + "-T-3", prefix + "-bob", company, old,
                        TicketStatus.SOLVED, null, null),
                new CsatRated(header(tenant, prefix + "-r3", old.plusSeconds(7200)), prefix + "-T-3", 3, 1, 3,
                        old.plusSeconds(7200), null),
                new TicketCreated(header(tenant, prefix + "-t2", recent), prefix + "-T-2", prefix + "-ada", company,
                        recent, TicketStatus.OPEN, null, null),
                new CsatRated(header(tenant, prefix + "-csat-drop", drop), prefix + "-T-2", 1, 1, 3, drop, null));
        fixtures.events(tenant, events);
        return tenant;
    }

    /** Waits until the score chart has drawn the marker of event {@code reference}. */
    private static void waitForMarker(Browser browser, String reference) {
        browser.waitUntil(20, driver -> {
            String markers = driver.findElement(By.id("scoreChart")).getAttribute("data-event-markers");
            return markers != null && List.of(markers.split(" ")).contains(reference);
        });
    }

    private static EventHeader header(String tenant, String id, Instant at) {
        return new EventHeader(tenant, SOURCE, id, at);
    }

    private Api agent(String tenant) {
        return Api.at(base).as(TestUsers.agentOf(tenant));
    }

    private JsonObject pointOf(String tenant, String reference) {
        return history(tenant).stream().filter(point -> reference.equals(point.getString("reference", null)))
                .findFirst().orElseThrow();
    }

    /** The point just before the one of {@code reference}: the score the event moved from. */
    private JsonObject pointBefore(String tenant, String reference) {
        List<JsonObject> points = history(tenant);
        for (int i = 1; i < points.size(); i++) {
            if (reference.equals(points.get(i).getString("reference", null))) {
                return points.get(i - 1);
            }
        }
        throw new AssertionError("no point of " + reference + " in " + points);
    }

    private List<JsonObject> history(String tenant) {
        String customer = tenant.substring(0, tenant.indexOf('-')) + "-ada";
        return Api.json(agent(tenant).get("api/v1/customers/" + customer + "/history")).asJsonObject()
                .getJsonArray("points").stream().map(JsonValue::asJsonObject).toList();
    }

    private String spreadOf(String tenant) {
        String company = tenant.substring(0, tenant.indexOf('-')) + "-engines";
        JsonObject spread = Api.json(agent(tenant).get("api/v1/companies/" + company + "/health")).asJsonObject()
                .getJsonObject("spread");
        return spread.getInt("healthy") + " healthy · " + spread.getInt("average") + " average · "
                + spread.getInt("poor") + " poor · " + spread.getInt("noData") + " no data";
    }
}

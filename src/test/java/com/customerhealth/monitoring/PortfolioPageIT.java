package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.customerhealth.tickets.TicketStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The portfolio dashboard, {@code manager/portfolio.xhtml}, in headless chromium: its counts against the
 * API's, a posted event moving a customer into the movers of the open page without a reload, the CSV of a
 * filtered table, dark colours, axe-core, and agents refused. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioPageIT {

    private static final String PAGE = "manager/portfolio.xhtml";
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
    void theCountsAndTheTrendAreTheApisAndThePagePassesAxeCoreInLightAndDark() {
        String tenant = portfolioOf("counts", 12);
        JsonObject portfolio = Api.json(manager(tenant).get("api/v1/portfolio")).asJsonObject();
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.open(PAGE);
            waitUntilRead(browser);
            JsonObject counts = portfolio.getJsonObject("customers");
            for (String band : List.of("healthy", "average", "poor", "no_data")) {
                assertEquals(String.valueOf(counts.getInt(band.equals("no_data") ? "noData" : band)),
                        browser.driver().findElement(By.cssSelector("#counts [data-count='" + band + "']")).getText(),
                        band);
            }
            assertEquals(String.valueOf(MonitoringQueries.TREND_DAYS),
                    browser.driver().findElement(By.id("trendChart")).getAttribute("data-days"));
            browser.driver().findElement(By.cssSelector(".chart-table summary")).click();
            List<WebElement> today = browser.driver().findElements(By.cssSelector("#trendTable tbody tr:first-child td"));
            JsonObject last = portfolio.getJsonArray("trend").getJsonObject(MonitoringQueries.TREND_DAYS - 1);
            assertEquals(List.of(last.getInt("healthy"), last.getInt("average"), last.getInt("poor"), last.getInt("noData")),
                    today.stream().map(cell -> Integer.parseInt(cell.getText())).toList(), "today's row of the table");
            assertEquals(apiIds(tenant, "customers?size=50"), tableIds(browser, "customerTable"));
            assertEquals(apiIds(tenant, "companies?size=50"), tableIds(browser, "companyTable"));
            browser.waitUntil(10, driver -> !driver.findElements(By.cssSelector("#customerTable .chm-health")).isEmpty());
            browser.assertAccessible();
            browser.driver().findElement(By.cssSelector(".chart-table summary")).click();
            browser.screenshot(Path.of("target", "screenshots", "portfolio.png"), 1280, 1900);
        }
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            waitUntilRead(browser);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.querySelector('.panel'))"
                    + ".backgroundColor"));
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "portfolio-dark.png"), 1280, 1000);
        }
    }

    @Test
    void aPostedEventMovesACustomerIntoTheMoversOfTheOpenPageWithoutAReload() {
        String tenant = portfolioOf("live", 4);
        String customer = "live-c1";
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.open(PAGE);
            waitUntilRead(browser);
            assertTrue(browser.driver().findElements(By.cssSelector("#movers li[data-id='" + customer + "']")).isEmpty());
            browser.script("window.sameDocument = true");

            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            fixtures.events(tenant, List.of(new CsatRated(new EventHeader(tenant, SOURCE, "live-drop", now),
                    "live-c1-T", 1, 1, 3, now, null)));

            browser.waitUntil(20, driver -> !driver.findElements(By.cssSelector("#movers li[data-id='" + customer + "']"))
                    .isEmpty());
            assertEquals(Boolean.TRUE, browser.script("return window.sameDocument === true"), "the page was not reloaded");
            JsonObject row = Api.json(manager(tenant).get("api/v1/customers?q=" + customer)).asJsonObject()
                    .getJsonArray("items").getJsonObject(0);
            assertTrue(row.getInt("delta7") < 0, row.toString());
            String shown = browser.driver().findElement(By.cssSelector("#movers li[data-id='" + customer + "'] .delta"))
                    .getText();
            assertEquals("\u2212" + Math.abs(row.getInt("delta7")), shown);
            JsonObject counts = Api.json(manager(tenant).get("api/v1/portfolio")).asJsonObject().getJsonObject("customers");
            for (String band : List.of("healthy", "average", "poor")) {
                browser.waitUntil(10, driver -> driver.findElement(By.cssSelector("#counts [data-count='" + band + "']"))
                        .getText().equals(String.valueOf(counts.getInt(band))));
            }
        }
    }

    @Test
    void theCsvHoldsTheRowsTheTableFiltersAndAFormulaIsNeverOne() {
        String tenant = portfolioOf("csv", 9);
        try (Browser browser = Browser.signedInAs(base, TestUsers.withRoles(tenant, Roles.MANAGER))) {
            browser.open(PAGE);
            waitUntilRead(browser);
            browser.driver().findElement(By.cssSelector("#customerFilter input[name='band'][value='healthy']")).click();
            browser.driver().findElement(By.cssSelector("#customerFilter input[name='band'][value='average']")).click();
            List<String> expected = apiIds(tenant, "customers?band=healthy&band=average&size=50");
            browser.waitUntil(10, driver -> tableIds(browser, "customerTable").equals(expected));
            String href = browser.driver().findElement(By.id("export")).getAttribute("href");
            assertTrue(href.contains("band=healthy") && href.contains("band=average"), href);

            String csv = (String) browser.script("return fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(function (answer) { return answer.text(); })", href);
            List<String> lines = Arrays.asList(csv.split("\r?\n"));
            assertEquals("id,name,company,score,band,delta7,delta30,lastChangeAt,lastChange", lines.get(0));
            assertEquals(expected, lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(',')))
                    .toList());
            assertTrue(expected.contains("csv-c0"), "the customer named like a formula is among them: " + expected);
            assertTrue(csv.contains("csv-c0,'=1+1,"), csv);
        }
    }

    @Test
    void anAgentIsRefusedTheDashboard() {
        String tenant = StoredFixtures.uniqueId("pf-agent");
        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open(PAGE);
            assertTrue(browser.driver().getPageSource().contains("403"), browser.driver().getPageSource());
            assertTrue(browser.driver().findElements(By.id("portfolio")).isEmpty());
        }
    }

    /**
     * A tenant of {@code customers} customers, each with a ticket rated 3 of 3 ten days ago, every third
     * then rated 1 two days ago; two companies; the first customer named like a spreadsheet formula.
     */
    private String portfolioOf(String prefix, int customers) {
        String tenant = prefix + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<HelpdeskEvent> events = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String customer = prefix + "-c" + c;
            String ticket = customer + "-T";
            String company = c % 3 == 0 ? null : "co-" + (c % 2);
            Instant tenDaysAgo = now.minus(Duration.ofDays(10));
            events.add(new CustomerUpserted(new EventHeader(tenant, SOURCE, customer + "-u", tenDaysAgo), customer,
                    c == 0 ? "=1+1" : "Customer " + c, null, company, Map.of()));
            events.add(new TicketCreated(new EventHeader(tenant, SOURCE, customer + "-t", tenDaysAgo), ticket, customer,
                    company, tenDaysAgo, TicketStatus.SOLVED, null, null));
            events.add(new CsatRated(new EventHeader(tenant, SOURCE, customer + "-r", tenDaysAgo), ticket, 3, 1, 3,
                    tenDaysAgo, null));
            if (c % 3 == 2) {
                Instant twoDaysAgo = now.minus(Duration.ofDays(2));
                events.add(new CsatRated(new EventHeader(tenant, SOURCE, customer + "-d", twoDaysAgo), ticket, 1, 1, 3,
                        twoDaysAgo, null));
            }
        }
        fixtures.events(tenant, events);
        return tenant;
    }

    private Api manager(String tenant) {
        return Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
    }

    private List<String> apiIds(String tenant, String path) {
        JsonArray items = Api.json(manager(tenant).get("api/v1/" + path)).asJsonObject().getJsonArray("items");
        return items.stream().map(JsonValue::asJsonObject).map(item -> item.getString("id")).toList();
    }

    private static List<String> tableIds(Browser browser, String table) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
    }

    private static void waitUntilRead(Browser browser) {
        browser.waitUntil(20, driver -> !driver.findElement(By.cssSelector("#counts [data-count='healthy']")).getText()
                .equals("–") && !driver.findElements(By.cssSelector("#customerTable tbody tr")).isEmpty());
    }
}

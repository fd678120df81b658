package com.customerhealth.agentview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo agent view's ticket list, {@code agent/tickets.xhtml}, in headless chromium: a badge beside
 * every requester, coloured and named by band, its card on hover and focus, one score query per page.
 * Each test has a tenant of its own, so the list holds exactly the tickets it seeds.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsPageIT {

    private static final String ALL_TICKETS = "agent/tickets.xhtml?show=all";

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
    void eachBandShowsItsColourSymbolAndAccessibleName() {
        Seeded seeded = seedOneCustomerPerBand();

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(seeded.tenant))) {
            browser.open(ALL_TICKETS);

            assertBadge(browser, seeded.healthy, "healthy", "✓", "Health: healthy, 100 of 100", "rgb(26, 127, 55)");
            assertBadge(browser, seeded.average, "average", "~", "Health: average, 63 of 100", "rgb(227, 179, 65)");
            assertBadge(browser, seeded.poor, "poor", "!", "Health: poor, 0 of 100", "rgb(207, 34, 46)");
            assertBadge(browser, seeded.unscored, "no_data", "?", "Health: no data", "rgb(140, 149, 159)");
        }
    }

    @Test
    void hoverAndKeyboardFocusOpenTheCardWithEveryEnabledParameterAndTheLastChange() {
        Seeded seeded = seedOneCustomerPerBand();

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(seeded.tenant))) {
            browser.open(ALL_TICKETS);
            WebElement badge = browser.badgeOf("customer", seeded.average);
            WebElement dot = badge.findElement(By.className("chm-dot"));
            WebElement card = badge.findElement(By.className("chm-card"));
            assertFalse(card.isDisplayed(), "closed until asked for");

            browser.hover(dot);
            browser.waitUntil(2, driver -> card.isDisplayed());
            String text = card.getText();
            assertTrue(text.startsWith("Average"), text);
            assertTrue(text.contains("63 / 100"), text);
            assertParameter(card, "Tickets in the window", "3", "Average", "good ≤ 2 · poor > 3");
            assertParameter(card, "Average case interactions", "5", "Average", "good ≤ 4 · poor > 6");
            assertParameter(card, "Currently open tickets", "0", "Good", "good ≤ 2 · poor > 3");
            assertParameter(card, "Average CSAT in the window", "2.3 of 3", "Average", "good ≥ 2.6 · poor < 2.3");
            assertEquals("CSAT 3 of 3 on ticket fixture set the score to 63, just now",
                    card.findElement(By.className("chm-why")).getText());

            browser.hoverNothing();
            browser.waitUntil(2, driver -> !card.isDisplayed());
            browser.script("arguments[0].focus()", dot);
            browser.waitUntil(2, driver -> card.isDisplayed());
            assertEquals(card.getAttribute("id"), dot.getAttribute("aria-describedby"));
            assertEquals("tooltip", card.getAttribute("role"));

            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.waitUntil(2, driver -> !card.isDisplayed());
        }
    }

    @Test
    void aReaderWhoseBrowserAsksForGermanReadsThePageInGerman() {
        Seeded seeded = seedOneCustomerPerBand();

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(seeded.tenant), Locale.GERMAN)) {
            browser.open(ALL_TICKETS);

            assertEquals("de", browser.script("return document.documentElement.lang"));
            assertEquals("Tickets", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of("Ticket", "Anfragende Person", "Firma", "Status", "Priorität", "Aktualisiert"),
                    browser.driver().findElements(By.cssSelector("#tickets thead th")).stream()
                            .map(WebElement::getText).toList());
            assertBadge(browser, seeded.poor, "poor", "!", "Gesundheit: schlecht, 0 von 100", "rgb(207, 34, 46)");
            assertBadge(browser, seeded.unscored, "no_data", "?", "Gesundheit: keine Daten", "rgb(140, 149, 159)");
            WebElement badge = browser.badgeOf("customer", seeded.average);
            browser.hover(badge.findElement(By.className("chm-dot")));
            WebElement card = badge.findElement(By.className("chm-card"));
            browser.waitUntil(2, driver -> card.isDisplayed());
            assertParameter(card, "Durchschnittliche Zufriedenheit (CSAT) im Zeitfenster", "2,3 von 3", "Mittel",
                    "gut ≥ 2,6 · schlecht < 2,3");
            String why = card.findElement(By.className("chm-why")).getText();
            assertTrue(why.startsWith("Wert auf 63 gesetzt, ") && why.endsWith(": CSAT 3 von 3 zu Ticket fixture"), why);
            List<String> times = browser.driver().findElements(By.cssSelector("#tickets tbody time")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(times.stream().allMatch(time -> time.equals("gerade eben") || time.startsWith("vor ")),
                    times.toString());
        }
    }

    @Test
    void theCardOfAnUnscoredCustomerSaysThereIsNoDataYet() {
        Seeded seeded = seedOneCustomerPerBand();

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(seeded.tenant))) {
            browser.open(ALL_TICKETS);
            WebElement badge = browser.badgeOf("customer", seeded.unscored);
            WebElement card = badge.findElement(By.className("chm-card"));
            browser.hover(badge.findElement(By.className("chm-dot")));
            browser.waitUntil(2, driver -> card.isDisplayed());

            assertTrue(card.getText().startsWith("No data"), card.getText());
            assertEquals("No score recorded yet", card.findElement(By.className("chm-why")).getText());
        }
    }

    @Test
    void aNameWithMarkupIsShownAsText() {
        String tenant = StoredFixtures.uniqueId("t");
        String customer = StoredFixtures.uniqueId("customer");
        String name = "<b>Bold</b> <img src=x onerror=\"window.chmInjected=1\"> O'Brien & Co";
        fixtures.customer(tenant, customer, name, null);
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), customer, null, 1, 1, true, null);
        fixtures.score(tenant, List.of(customer));

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open(ALL_TICKETS);
            WebElement requester = browser.driver().findElement(By.cssSelector("td.requester"));

            assertEquals(name, requester.findElement(By.className("name")).getText());
            assertTrue(requester.findElements(By.tagName("b")).isEmpty());
            assertTrue(requester.findElements(By.tagName("img")).isEmpty());
            assertEquals(Boolean.TRUE, browser.script("return window.chmInjected === undefined"));
        }
    }

    @Test
    void aPageOf50BadgesReadsTheirScoresWithOneQuery() {
        String tenant = StoredFixtures.uniqueId("t");
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < TicketList.PAGE_SIZE; i++) {
            String customer = StoredFixtures.uniqueId("customer");
            fixtures.customer(tenant, customer, "Customer " + i, null);
            fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), customer, null, 1 + i % 20, 1 + i % 7, true,
                    null);
            customers.add(customer);
        }
        fixtures.score(tenant, customers);
        Api api = Api.at(base);

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            assertEquals(204, api.postJson("api/testing/statements", "").statusCode());
            browser.open(ALL_TICKETS);
            List<String> statements = Api.json(api.delete("api/testing/statements")).asJsonArray().stream()
                    .map(value -> ((JsonString) value).getString()).toList();

            assertEquals(TicketList.PAGE_SIZE, browser.driver().findElements(By.cssSelector(".chm-health")).size());
            List<String> scoreReads = statements.stream()
                    .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("customer_health"))
                    .filter(sql -> sql.toLowerCase(Locale.ROOT).contains(" join "))
                    .toList();
            assertEquals(1, scoreReads.size(), "one statement for 50 badges: " + scoreReads + " among " + statements);
        }
    }

    @Test
    void screenshotOfTheAgentViewWithAnOpenCard() {
        String tenant = "acme-" + StoredFixtures.uniqueId("x").substring(2, 10);
        int ticketNumber = 4711;
        String company = StoredFixtures.uniqueId("company");
        fixtures.company(tenant, company, "Northwind Robotics");
        String[] names = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra",
                "Barbara Liskov", "Donald Knuth", "Margaret Hamilton"};
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String customer = StoredFixtures.uniqueId("customer");
            fixtures.customer(tenant, customer, names[i], company);
            for (int t = 0; t <= i % 5; t++) {
                fixtures.ticket(tenant, String.valueOf(ticketNumber++), customer, company, 1 + t + i, 2 + i % 6,
                        t % 2 == 0, t == 0 ? null : new Rating(1 + (i + t) % 3, 1, 3));
            }
            customers.add(customer);
        }
        fixtures.score(tenant, customers.subList(0, customers.size() - 1));
        fixtures.forgetScores(tenant, customers.subList(customers.size() - 1, customers.size()));

        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant), language)) {
                browser.open("agent/tickets.xhtml");
                WebElement badge = browser.driver().findElement(By.cssSelector(".chm-health.chm-poor"));
                browser.hover(badge.findElement(By.className("chm-dot")));
                browser.waitUntil(2, driver -> badge.findElement(By.className("chm-card")).isDisplayed());

                String name = language.equals(Locale.ENGLISH) ? "agent-view.png" : "agent-view-de.png";
                browser.screenshot(Path.of("target", "screenshots", name), 1280, 800);
            }
        }
    }

    private static void assertBadge(Browser browser, String customer, String band, String symbol,
                                    String accessibleName, String colour) {
        WebElement badge = browser.badgeOf("customer", customer);
        WebElement dot = badge.findElement(By.className("chm-dot"));
        assertTrue(badge.getAttribute("class").contains("chm-" + band), badge.getAttribute("class"));
        assertEquals(accessibleName, dot.getAttribute("aria-label"));
        assertEquals(accessibleName, dot.getAccessibleName());
        assertEquals(symbol, dot.getText());
        assertEquals(colour, dot.getCssValue("background-color").replace("rgba", "rgb").replace(", 1)", ")"));
    }

    private static void assertParameter(WebElement card, String title, String value, String band, String thresholds) {
        WebElement line = card.findElements(By.className("chm-param")).stream()
                .filter(row -> row.findElement(By.className("chm-param-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + title + " in " + card.getText()));
        assertEquals(value, line.findElement(By.className("chm-param-value")).getText(), title);
        assertEquals(band, line.findElement(By.className("chm-param-band")).getText(), title);
        assertEquals(thresholds, line.findElement(By.className("chm-param-thresholds")).getText(), title);
    }

    /** One customer per band in a tenant of its own, each with one listed ticket or more. */
    private Seeded seedOneCustomerPerBand() {
        Seeded seeded = new Seeded(StoredFixtures.uniqueId("t"), StoredFixtures.uniqueId("healthy"),
                StoredFixtures.uniqueId("average"), StoredFixtures.uniqueId("poor"), StoredFixtures.uniqueId("unscored"));
        String tenant = seeded.tenant;
        for (String customer : List.of(seeded.healthy, seeded.average, seeded.poor, seeded.unscored)) {
            fixtures.customer(tenant, customer, customer.substring(0, customer.indexOf('-')), null);
        }
        // b2c-small: one solved ticket, one interaction, rated 3 of 3: every parameter good, 100.
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.healthy, null, 2, 1, false,
                new Rating(3, 1, 3));
        // Three tickets (average), five interactions each (average), none open (good), CSAT 2.33 (average): 62.5.
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.average, null, 3, 5, false, new Rating(2, 1, 3));
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.average, null, 4, 5, false, new Rating(2, 1, 3));
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.average, null, 5, 5, false, new Rating(3, 1, 3));
        // Five open tickets of eight interactions: every parameter with data poor, 0.
        for (int i = 0; i < 5; i++) {
            fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.poor, null, 1 + i, 8, true, null);
        }
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), seeded.unscored, null, 1, 1, true, null);
        fixtures.score(tenant, List.of(seeded.healthy, seeded.average, seeded.poor));
        fixtures.forgetScores(tenant, List.of(seeded.unscored));
        return seeded;
    }

    private record Seeded(String tenant, String healthy, String average, String poor, String unscored) {
    }
}

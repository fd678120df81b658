package com.customerhealth.agentview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketEscalated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.customerhealth.tickets.TicketStatus;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
 * One ticket of the demo agent view, {@code agent/ticket.xhtml}, in headless chromium: its subject and
 * conversation, the customer panel with its score's parameters and the company panel with their badges,
 * and badges that follow new events while the page stays open.
 */
@ExtendWith(ArquillianExtension.class)
class TicketPageIT {

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
    void theCompanyPanelShowsTheCompanysScoreModeAndHowItsCustomersSpread() {
        String tenant = StoredFixtures.uniqueId("t");
        String company = StoredFixtures.uniqueId("company");
        String content = StoredFixtures.uniqueId("content");
        String unhappy = StoredFixtures.uniqueId("unhappy");
        String ticket = StoredFixtures.uniqueId("ticket");
        fixtures.company(tenant, company, "Birchwood Dental");
        fixtures.customer(tenant, content, "Content Customer", company);
        fixtures.customer(tenant, unhappy, "Unhappy Customer", company);
        fixtures.ticket(tenant, ticket, content, company, 3, 1, false, new Rating(3, 1, 3));
        for (int i = 0; i < 4; i++) {
            fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), unhappy, company, 3 + i, 8, true,
                    new Rating(1, 1, 3));
        }
        fixtures.score(tenant, List.of(content, unhappy));

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant))) {
            browser.open("agent/ticket.xhtml?id=" + ticket);
            WebElement customerPanel = browser.driver().findElement(By.id("customer-panel"));
            WebElement companyPanel = browser.driver().findElement(By.id("company-panel"));

            assertEquals("Health: healthy, 100 of 100", customerPanel.findElement(By.cssSelector(
                    ".chm-health[data-chm-badge='customer:" + content + "'] .chm-dot")).getAttribute("aria-label"));
            WebElement companyBadge = companyPanel.findElement(By.cssSelector(
                    ".chm-health[data-chm-badge='company:" + company + "']"));
            WebElement dot = companyBadge.findElement(By.className("chm-dot"));
            assertEquals("Health: average, 50 of 100", dot.getAttribute("aria-label"));
            browser.hover(dot);
            WebElement card = companyBadge.findElement(By.className("chm-card"));
            browser.waitUntil(2, driver -> card.isDisplayed());
            assertEquals("2 customers, scored by the mean: 1 healthy · 0 average · 1 poor · 0 no data; scores 0–100",
                    card.findElement(By.className("chm-card-composition")).getText());
            assertEquals(2, companyPanel.findElements(By.cssSelector(".mini-list .chm-health")).size(),
                    "each customer of the company with a badge");
            WebElement latest = customerPanel.findElement(By.cssSelector(".mini-list time"));
            assertTrue(latest.getText().endsWith(" ago"), "the latest tickets in words: " + latest.getText());
            assertTrue(latest.getAttribute("title").matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC"),
                    "and the moment itself: " + latest.getAttribute("title"));
            assertTrue(latest.getAttribute("datetime").endsWith("Z"), latest.getAttribute("datetime"));
        }
    }

    @Test
    void theSubjectHeadsThePageTheConversationTellsTheEventsOldestFirstAndTheParametersShowWithoutHovering() {
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        String subject = "Printer <b>on fire</b> since Monday";
        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
        List<HelpdeskEvent> story = List.of(
                new TicketCreated(header(opened), ticket, customer, null, opened, TicketStatus.NEW, "high", "email",
                        subject),
                new TicketInteractionAdded(header(opened.plusSeconds(600)), ticket, "customer",
                        opened.plusSeconds(600), true),
                new TicketInteractionAdded(header(opened.plusSeconds(1800)), ticket, "agent", opened.plusSeconds(1800),
                        true),
                new TicketInteractionAdded(header(opened.plusSeconds(2400)), ticket, "agent", opened.plusSeconds(2400),
                        false),
                new TicketStatusChanged(header(opened.plusSeconds(3600)), ticket, TicketStatus.PENDING,
                        opened.plusSeconds(3600)),
                new TicketPriorityChanged(header(opened.plusSeconds(7200)), ticket, "urgent", opened.plusSeconds(7200)),
                new TicketEscalated(header(opened.plusSeconds(10800)), ticket, "tier-2", opened.plusSeconds(10800)),
                new TicketStatusChanged(header(opened.plusSeconds(86400)), ticket, TicketStatus.SOLVED,
                        opened.plusSeconds(86400)),
                new CsatRated(header(opened.plusSeconds(90000)), ticket, 2, 1, 3, opened.plusSeconds(90000),
                        "Slow, but kind"));
        List<HelpdeskEvent> arrival = new ArrayList<>(story);
        Collections.reverse(arrival);
        arrival.add(0, new CustomerUpserted(header(opened.minusSeconds(60)), customer, "Grace Hopper", null, null,
                Map.of()));
        HttpResponse<String> posted = new SignedEvents(base).postBatch(arrival);
        assertEquals(202, posted.statusCode(), posted.body());
        assertFalse(posted.body().contains("rejected"), posted.body());

        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.open("agent/ticket.xhtml?id=" + ticket);

            assertEquals(subject, browser.driver().findElement(By.id("ticket-heading")).getText(), "markup shown as text");
            assertTrue(browser.driver().getTitle().startsWith(subject), browser.driver().getTitle());
            List<WebElement> entries = browser.driver().findElements(By.cssSelector("#conversation .entry"));
            assertEquals(List.of("Opened by Grace Hopper", "Customer wrote", "Agent replied", "Agent replied",
                            "Status changed to Pending", "Priority changed to urgent", "Escalated to tier-2",
                            "Status changed to Solved", "Rated 2 of 3"),
                    entries.stream().map(entry -> entry.findElement(By.className("entry-title")).getText()).toList());
            assertEquals(List.of("New · priority high · via email", "Internal: not shown to the customer",
                            "“Slow, but kind”"),
                    browser.driver().findElements(By.cssSelector("#conversation .entry-detail")).stream()
                            .map(WebElement::getText).toList());
            for (int i = 0; i < story.size(); i++) {
                WebElement time = entries.get(i).findElement(By.tagName("time"));
                assertEquals(story.get(i).header().occurredAt().toString(), time.getAttribute("datetime"));
                assertTrue(time.getAttribute("title").matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC"),
                        time.getAttribute("title"));
                assertTrue(time.getText().endsWith(" ago"), time.getText());
            }

            WebElement panel = browser.driver().findElement(By.id("customer-panel"));
            // One ticket, three interactions, none open, rated 2 of 3: poor CSAT only, (100 + 100 + 100 + 0) / 4.
            assertEquals("Healthy, 75 of 100", panel.findElement(By.className("health-summary")).getText());
            List<String> inline = panel.findElements(By.cssSelector("#customer-parameters .score-param")).stream()
                    .map(parameter -> parameter.findElement(By.tagName("dt")).getText() + ": "
                            + parameter.findElement(By.className("score-param-value")).getText() + " "
                            + parameter.findElement(By.className("score-param-band")).getText())
                    .toList();
            assertEquals(List.of("Average case interactions: 3 Good", "Tickets in the window: 1 Good",
                    "Currently open tickets: 0 Good", "Average CSAT in the window: 2 of 3 Poor"), inline);
            List<String> card = panel.findElements(By.cssSelector(".panel-name .chm-card .chm-param")).stream()
                    .map(parameter -> parameter.findElement(By.className("chm-param-title")).getAttribute("textContent")
                            + ": " + parameter.findElement(By.className("chm-param-value")).getAttribute("textContent")
                            + " " + parameter.findElement(By.className("chm-param-band")).getAttribute("textContent"))
                    .toList();
            assertEquals(card, inline, "what the badge's card shows on hover");
            browser.screenshot(Path.of("target", "screenshots", "ticket-page.png"), 1280, 1100);

            browser.prefersDarkColours();
            browser.open("agent/ticket.xhtml?id=" + ticket);
            browser.screenshot(Path.of("target", "screenshots", "ticket-page-dark.png"), 1280, 1100);
        }
    }

    @Test
    void aTicketWithoutASubjectIsHeadedByItsNumber() {
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        assertEquals(202, new SignedEvents(base).postOne(new TicketCreated(header(opened), ticket, customer, null,
                opened, TicketStatus.OPEN, null, null)).statusCode());

        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.open("agent/ticket.xhtml?id=" + ticket);

            assertEquals("Ticket #" + ticket, browser.driver().findElement(By.id("ticket-heading")).getText());
            List<WebElement> entries = browser.driver().findElements(By.cssSelector("#conversation .entry"));
            assertEquals(1, entries.size());
            assertEquals("Opened by " + customer, entries.get(0).findElement(By.className("entry-title")).getText());
            assertEquals("Open", entries.get(0).findElement(By.className("entry-detail")).getText());
        }
    }

    @Test
    void aLongConversationShowsItsLatestHundredEventsAndSaysHowManyOlderOnesAreLeftOut() {
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new TicketCreated(header(opened), ticket, customer, null, opened, TicketStatus.OPEN, null, null,
                "A long story"));
        for (int i = 1; i <= 101; i++) {
            Instant at = opened.plus(Duration.ofMinutes(i));
            events.add(new TicketInteractionAdded(header(at), ticket, i % 2 == 0 ? "agent" : "customer", at, true));
        }
        HttpResponse<String> posted = new SignedEvents(base).postBatch(events);
        assertEquals(202, posted.statusCode(), posted.body());

        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.open("agent/ticket.xhtml?id=" + ticket);

            assertEquals("2 older events are not shown.",
                    browser.driver().findElement(By.className("conversation-note")).getText());
            List<String> times = browser.driver().findElements(By.cssSelector("#conversation .entry time")).stream()
                    .map(time -> time.getAttribute("datetime")).toList();
            assertEquals(events.subList(2, events.size()).stream().map(event -> event.header().occurredAt().toString())
                    .toList(), times, "the latest hundred, oldest first: the creation and the first reply left out");
        }
    }

    @Test
    void postingAnEventChangesTheBadgesOnTheOpenPageWithoutAReload() {
        String tenant = "default";
        String company = StoredFixtures.uniqueId("company");
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        fixtures.company(tenant, company, "Live Company");
        fixtures.customer(tenant, customer, "Live Customer", company);
        fixtures.ticket(tenant, ticket, customer, company, 1, 1, false, null);
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), customer, company, 2, 1, false, null);
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), customer, company, 3, 1, false, null);
        // Three tickets (average), one interaction each, none open, no CSAT yet: 83, healthy.
        fixtures.score(tenant, List.of(customer));

        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.open("agent/ticket.xhtml?id=" + ticket);
            WebElement before = browser.badgeOf("customer", customer);
            assertEquals("Health: healthy, 83 of 100",
                    before.findElement(By.className("chm-dot")).getAttribute("aria-label"));
            browser.script("window.chmStillTheSamePage = true");

            Instant now = Instant.now();
            assertEquals(202, new SignedEvents(base).postOne(new CsatRated(new EventHeader(tenant, "it-live",
                    StoredFixtures.uniqueId("e"), now), ticket, 1, 1, 3, now, null)).statusCode());

            browser.waitUntil(5, driver -> driver.findElements(By.cssSelector(
                    ".chm-health[data-chm-badge='customer:" + customer + "']")).stream()
                    .allMatch(badge -> badge.getAttribute("class").contains("chm-average")));
            WebElement after = browser.badgeOf("customer", customer);
            assertEquals("Health: average, 63 of 100", after.findElement(By.className("chm-dot")).getAttribute("aria-label"));
            assertTrue(after.findElement(By.className("chm-why")).getAttribute("textContent")
                    .startsWith("CSAT 1 of 3 on ticket " + ticket + " moved the score from 83 to 63"));
            browser.waitUntil(5, driver -> browser.badgeOf("company", company).getAttribute("class")
                    .contains("chm-average"));
            assertEquals(Boolean.TRUE, browser.script("return window.chmStillTheSamePage === true"), "no reload");
        }
    }

    @Test
    void anUnknownTicketAnswers404AndSoDoesAnIdNoTicketCanHave() {
        Api agent = Api.at(base).as(TestUsers.AGENT);
        assertEquals(404, agent.get("agent/ticket.xhtml?id=" + StoredFixtures.uniqueId("none")).statusCode());
        assertEquals(404, agent.get("agent/ticket.xhtml?id=T%00-1").statusCode());
        assertEquals(200, agent.get("agent/tickets.xhtml?page=2147483647").statusCode(), "a page past the last is empty");
    }

    @Test
    void theAgentViewIsForAgentsOnly() {
        HttpResponse<String> anonymous = Api.at(base).get("agent/tickets.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
        assertEquals(403, Api.at(base).as(TestUsers.OUTSIDER).get("agent/tickets.xhtml").statusCode());
    }

    private static EventHeader header(Instant at) {
        return new EventHeader("default", "it-ticket-page", StoredFixtures.uniqueId("e"), at);
    }
}

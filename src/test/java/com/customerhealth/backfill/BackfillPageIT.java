package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.RecordedZendesk;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The history import page, {@code admin/backfill.xhtml}, in headless chromium, against a local server
 * answering as Zendesk's exports do ({@link RecordedZendesk}): an admin's wrong start told beside each field
 * with nothing started; an import from Zendesk started on the page, followed without a reload to its end,
 * its counts the API's; cancelled while it waits for the helpdesk and resumed with a new token; reached from
 * the header. Agents and managers refused; German and dark colours. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class BackfillPageIT {

    private static final String PAGE = "admin/backfill.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminStartsAnImportFromZendeskAndFollowsItToItsEnd() {
        String tenant = StoredFixtures.uniqueId("it-backfill-page");
        try (RecordedZendesk zendesk = RecordedZendesk.start();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertEquals("No import yet.", browser.textOnceShown(10, By.cssSelector("#backfillTable td.none")));
            Select kind = new Select(browser.driver().findElement(By.id("backfillKind")));
            kind.selectByValue("zendesk");
            assertEquals("Zendesk", kind.getFirstSelectedOption().getText());
            assertEquals("Its usual limit is 10 requests a minute.",
                    browser.driver().findElement(By.id("backfillKind-hint")).getText());

            field(browser, "backfillUrl").sendKeys("ftp://helpdesk.example");
            browser.driver().findElement(By.id("backfillSubmit")).click();
            String urlError = browser.textOnceShown(10, By.id("backfillUrl-error"));
            assertTrue(urlError.startsWith("must start with http"), urlError);
            assertEquals("is missing", browser.driver().findElement(By.id("backfillToken-error")).getText());
            assertEquals("true", field(browser, "backfillUrl").getAttribute("aria-invalid"));
            assertEquals("2 fields need fixing; nothing was started.",
                    browser.driver().findElement(By.id("backfillFormOutcome")).getText());
            assertEquals("backfillUrl", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the first field at fault has the focus");
            browser.assertAccessible();
            assertEquals(0, items(tenant).size(), "nothing was started");

            field(browser, "backfillUrl").clear();
            field(browser, "backfillUrl").sendKeys(zendesk.base().toString());
            field(browser, "backfillUser").sendKeys("admin@acme.com");
            field(browser, "backfillToken").sendKeys("it-page-token");
            field(browser, "backfillRate").sendKeys("6000");
            browser.driver().findElement(By.id("backfillSubmit")).click();
            String started = "The import from " + zendesk.base() + " started.";
            browser.waitUntil(10, driver -> driver.findElement(By.id("backfillFormOutcome")).getText().equals(started));
            assertEquals("", field(browser, "backfillToken").getAttribute("value"), "the token is not kept in the page");

            browser.waitUntil(60, driver -> driver.findElements(By.cssSelector("#backfillTable tr[data-state='done']"))
                    .size() == 1);
            WebElement row = browser.driver().findElement(By.cssSelector("#backfillTable tr[data-state='done']"));
            JsonObject job = items(tenant).get(0);
            assertEquals(job.getString("id"), row.getAttribute("data-id"));
            assertEquals("Done", row.findElement(By.cssSelector(".backfill-state")).getText());
            assertEquals(job.getInt("ticketsRead") + " tickets, " + job.getInt("eventsRead") + " events",
                    row.findElement(By.cssSelector(".backfill-read")).getText());
            assertEquals("2 tickets, 8 events", row.findElement(By.cssSelector(".backfill-read")).getText());
            assertEquals("8 new, 0 already known, 0 refused", row.findElement(By.cssSelector(".backfill-counts")).getText());
            assertEquals("100", row.findElement(By.tagName("progress")).getAttribute("value"));
            assertTrue(row.findElement(By.cssSelector(".backfill-helpdesk")).getText().startsWith("Zendesk"));
            assertEquals(List.of(), row.findElements(By.cssSelector(".backfill-actions button")),
                    "a finished import is neither cancelled nor resumed: a new one reads what changed since");
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "backfill.png"), 1280, 1000);
        }
    }

    @Test
    void anImportWaitingForTheHelpdeskIsCancelledAndResumedWithANewToken() throws InterruptedException {
        String tenant = StoredFixtures.uniqueId("it-backfill-page");
        try (RecordedZendesk zendesk = RecordedZendesk.start();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            zendesk.failOnce(RecordedZendesk.TICKET_EVENTS, 429, "600");
            Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
            admin.postJson("api/v1/backfill", ZendeskBackfillIT.start(zendesk, null));
            browser.open(PAGE);
            browser.waitUntil(60, driver -> driver.findElements(By.cssSelector("#backfillTable tr[data-state='waiting']"))
                    .size() == 1);
            WebElement waiting = browser.driver().findElement(By.cssSelector("#backfillTable tr[data-state='waiting']"));
            assertTrue(waiting.findElement(By.cssSelector(".backfill-state")).getText()
                    .startsWith("Waiting for the helpdesk until "), waiting.getText());
            assertTrue(waiting.findElement(By.cssSelector(".backfill-message")).getText().contains("429"));
            waiting.findElement(By.cssSelector("button[data-focus$=':cancel']")).click();
            browser.waitUntil(10, driver -> driver.findElements(By.cssSelector("#backfillTable tr[data-state='cancelled']"))
                    .size() == 1);
            assertEquals("The import from " + zendesk.base() + " was cancelled; what it read stays.",
                    browser.driver().findElement(By.id("backfillsOutcome")).getText());
            assertEquals("cancelled", items(tenant).get(0).getString("state"));

            WebElement token = browser.driver().findElement(By.cssSelector("#backfillTable .backfill-token"));
            assertEquals("New API token for " + zendesk.base(), browser.driver().findElement(
                    By.cssSelector("label[for='" + token.getAttribute("id") + "']")).getAttribute("textContent"));
            token.sendKeys("it-page-token-2");
            zendesk.forget();
            browser.driver().findElement(By.cssSelector("#backfillTable button[data-focus$=':resume']")).click();
            browser.waitUntil(60, driver -> driver.findElements(By.cssSelector("#backfillTable tr[data-state='done']"))
                    .size() == 1);
            assertTrue(zendesk.authorizations().stream().allMatch(header -> header.startsWith("Basic ")
                    && new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).endsWith(":it-page-token-2")),
                    zendesk.authorizations().toString());
            browser.assertAccessible();
        }
    }

    @Test
    void agentsAndManagersAreRefusedThePageAndAdminsReachItFromTheHeader() {
        String tenant = StoredFixtures.uniqueId("it-backfill-page");
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get(PAGE).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)).get(PAGE).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)).get("api/v1/backfill").statusCode());
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open("admin/settings.xhtml");
            browser.driver().findElement(By.cssSelector(".topnav a[href$='/" + PAGE + "']")).click();
            browser.waitUntil(10, driver -> driver.getCurrentUrl().endsWith(PAGE));
            assertEquals("Import a helpdesk's history", browser.driver().findElement(By.tagName("h1")).getText());
        }
    }

    @Test
    void inDarkColoursAndInGermanThePageIsReadableAndPassesAxeCore() {
        String tenant = StoredFixtures.uniqueId("it-backfill-page");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant), Locale.GERMAN)) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("Die Historie eines Helpdesks importieren", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("Noch kein Import.", browser.textOnceShown(10, By.cssSelector("#backfillTable td.none")));
            browser.driver().findElement(By.id("backfillSubmit")).click();
            assertEquals("fehlt", browser.textOnceShown(10, By.id("backfillUrl-error")));
            assertEquals("2 Felder sind zu korrigieren; nichts wurde gestartet.",
                    browser.driver().findElement(By.id("backfillFormOutcome")).getText());
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "backfill-dark.png"), 1280, 1000);
        }
    }

    private static WebElement field(Browser browser, String id) {
        return browser.driver().findElement(By.id(id));
    }

    private List<JsonObject> items(String tenant) {
        return Api.json(Api.at(base).as(TestUsers.adminOf(tenant)).get("api/v1/backfill")).asJsonObject()
                .getJsonArray("items").stream().map(item -> item.asJsonObject()).toList();
    }
}

package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.AlertScenarios;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.Await;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.RecordingReceiver;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The alert settings page, {@code admin/alerts.xhtml}, in headless chromium. Its rules: an admin's change of a
 * number and a switch saved and read back through the API, each wrong number's message beside its field with
 * nothing saved, going back to the configured defaults after being asked, the way there from the settings page
 * and the header. Where alerts are sent, against webhook receivers the test runs: a webhook added on the page,
 * its secret shown once and its test event arriving signed with it, delivered in the page's log with its status
 * and latency; a wrong target's message beside its field with nothing added; kinds changed and the subscription
 * switched off; a new secret signing the next test event; a removal asked once more; alerts in the log linked
 * to their subjects. Agents and managers refused; German and dark colours. What the page did is read back
 * through the API. Each test has a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AlertSettingsPageIT {

    private static final String PAGE = "admin/alerts.xhtml";
    private static final String RULES = "api/v1/alerts/rules";
    private static final String SUBSCRIPTIONS = "api/v1/alerts/subscriptions";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminChangesANumberAndASwitchAndSavesThemAsTheTenantsRules() {
        String tenant = tenant("rules");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertEquals("The configured defaults are in force; no rules were saved here yet.",
                    browser.driver().findElement(By.id("rulesInForce")).getText());
            assertEquals("30", ruleField(browser, "scoreDrop.points").getAttribute("value"));
            assertTrue(ruleField(browser, "lowCsat.enabled").isSelected());
            assertTrue(browser.driver().findElements(By.id("alertRules:backToDefaults")).isEmpty(),
                    "nothing to go back from");

            ruleField(browser, "scoreDrop.points").clear();
            ruleField(browser, "scoreDrop.points").sendKeys("40");
            browser.driver().findElement(By.cssSelector("label[for='alertRules:lowCsatEnabled']")).click();
            WebElement save = browser.driver().findElement(By.id("alertRules:save"));
            save.click();
            browser.waitUntilReplaced(10, save);

            assertEquals("Version 1 saved. It counts from the next event on.",
                    browser.textOnceShown(5, By.id("alertRules:messages")));
            JsonObject saved = Api.json(Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)).get(RULES))
                    .asJsonObject();
            assertEquals("saved", saved.getString("source"));
            assertEquals("40", saved.getJsonObject("settings").getString("scoreDrop.points"));
            assertEquals("off", saved.getJsonObject("settings").getString("lowCsat.enabled"));
            assertEquals("on", saved.getJsonObject("settings").getString("bandDrop.enabled"), "left as it was");
            String inForce = browser.driver().findElement(By.id("rulesInForce")).getText();
            assertTrue(inForce.matches("The saved rules are in force: version 1, saved by " + TestUsers.adminOf(tenant)
                    + " on \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC\\."), inForce);

            browser.open(PAGE);
            assertEquals("40", ruleField(browser, "scoreDrop.points").getAttribute("value"), "read back as saved");
            assertFalse(ruleField(browser, "lowCsat.enabled").isSelected());
            assertEquals("Default: 30", ruleHint(browser, "scoreDrop.points"), "the configured value beside it");
            browser.screenshot(Path.of("target", "screenshots", "alert-settings.png"), 1280, 1200);
        }
    }

    @Test
    void aWrongNumberShowsItsMessageBesideItsFieldAndNothingIsSaved() {
        String tenant = tenant("rules");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            ruleField(browser, "scoreDrop.points").clear();
            ruleField(browser, "scoreDrop.points").sendKeys("500");
            ruleField(browser, "coolDown.hours").clear();
            ruleField(browser, "coolDown.hours").sendKeys("a day");
            ruleField(browser, "ticketSpike.floor").clear();
            browser.driver().findElement(By.cssSelector("label[for='alertRules:bandDropEnabled']")).click();
            WebElement save = browser.driver().findElement(By.id("alertRules:save"));
            save.click();
            browser.waitUntilReplaced(10, save);

            assertEquals("must be between 1 and 100, was 500", ruleErrorBeside(browser, "scoreDrop.points"));
            assertEquals("must be a whole number", ruleErrorBeside(browser, "coolDown.hours"));
            assertEquals("is missing", ruleErrorBeside(browser, "ticketSpike.floor"));
            assertEquals("", ruleErrorBeside(browser, "scoreDrop.days"), "a good field says nothing");
            assertEquals("true", ruleField(browser, "scoreDrop.points").getAttribute("aria-invalid"));
            assertEquals("500", ruleField(browser, "scoreDrop.points").getAttribute("value"), "what was typed stays");
            assertEquals("a day", ruleField(browser, "coolDown.hours").getAttribute("value"));
            assertFalse(ruleField(browser, "bandDrop.enabled").isSelected(), "the switch stays as it was set");
            assertEquals("3 settings need fixing; nothing was saved.",
                    browser.driver().findElement(By.id("alertRules:messages")).getText());
            browser.assertAccessible();
        }
        assertEquals(0, Api.json(Api.at(base).as(TestUsers.adminOf(tenant)).get(RULES)).asJsonObject().getInt("version"),
                "nothing was saved, the good switch neither");
    }

    @Test
    void goingBackToTheDefaultsIsAskedOnceMoreAndPutsTheConfiguredRulesInForce() {
        String tenant = tenant("rules");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        assertEquals(200, admin.putJson(RULES, "{\"lowCsat.enabled\": \"off\", \"coolDown.hours\": 6}").statusCode());
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertFalse(ruleField(browser, "lowCsat.enabled").isSelected());
            assertEquals("6", ruleField(browser, "coolDown.hours").getAttribute("value"));

            browser.driver().findElement(By.id("alertRules:backToDefaults")).click();
            Alert asked = browser.waitUntil(5, ExpectedConditions.alertIsPresent());
            assertTrue(asked.getText().startsWith("Go back to the configured defaults?"), asked.getText());
            asked.dismiss();
            assertEquals(1, Api.json(admin.get(RULES)).asJsonObject().getInt("version"), "not confirmed, not done");

            WebElement back = browser.driver().findElement(By.id("alertRules:backToDefaults"));
            back.click();
            browser.waitUntil(5, ExpectedConditions.alertIsPresent()).accept();
            browser.waitUntilReplaced(10, back);

            assertEquals("The configured defaults are in force again (version 2).",
                    browser.textOnceShown(5, By.id("alertRules:messages")));
            assertTrue(ruleField(browser, "lowCsat.enabled").isSelected(), "the form shows the defaults");
            assertEquals("24", ruleField(browser, "coolDown.hours").getAttribute("value"));
            String inForce = browser.driver().findElement(By.id("rulesInForce")).getText();
            assertTrue(inForce.startsWith("The configured defaults are in force again: " + TestUsers.adminOf(tenant)
                    + " went back to them on "), inForce);
            assertTrue(browser.driver().findElements(By.id("alertRules:backToDefaults")).isEmpty());
        }
        JsonObject standing = Api.json(admin.get(RULES)).asJsonObject();
        assertEquals("configuration", standing.getString("source"));
        assertEquals(2, standing.getInt("version"));
    }

    @Test
    void theSettingsPageAndTheHeaderLeadThere() {
        String tenant = tenant("rules");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open("admin/settings.xhtml");
            browser.driver().findElement(By.id("alertSettings")).click();
            browser.waitUntil(10, driver -> driver.getCurrentUrl().endsWith(PAGE));
            assertEquals("Alert settings", browser.driver().findElement(By.tagName("h1")).getText());

            WebElement inHeader = browser.driver().findElement(By.cssSelector(".topnav a[href$='/" + PAGE + "']"));
            assertEquals("Alert settings", inHeader.getText());
            assertTrue(inHeader.getAttribute("class").contains("active"), "the header marks the page shown");
        }
    }

    @Test
    void agentsAndManagersAreRefusedThePage() {
        String tenant = tenant("rules");
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get(PAGE).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)).get(PAGE).statusCode());
        assertEquals(302, Api.at(base).get(PAGE).statusCode(), "the sign-in page first");
        for (String user : new String[] {TestUsers.agentOf(tenant), TestUsers.withRoles(tenant, Roles.MANAGER)}) {
            try (Browser browser = Browser.signedInAs(base, user)) {
                browser.open(PAGE);
                assertTrue(browser.driver().findElements(By.id("alertRules")).isEmpty(), "no form for " + user);
                assertTrue(browser.driver().findElements(By.cssSelector(".topnav a[href$='/" + PAGE + "']")).isEmpty(),
                        "no link to it in the header for " + user);
            }
        }
    }

    @Test
    void inDarkColoursAndInGermanThePageIsReadableAndPassesAxeCore() {
        String tenant = tenant("rules");
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant), Locale.GERMAN)) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.getElementById('rules'))"
                    + ".backgroundColor"));
            assertEquals("Einstellungen der Warnungen", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("de", browser.script("return document.documentElement.lang"));

            ruleField(browser, "scoreDrop.days").clear();
            ruleField(browser, "scoreDrop.days").sendKeys("0");
            WebElement save = browser.driver().findElement(By.id("alertRules:save"));
            save.click();
            browser.waitUntilReplaced(10, save);

            assertEquals("muss zwischen 1 und 90 liegen, war 0", ruleErrorBeside(browser, "scoreDrop.days"));
            assertEquals("Eine Einstellung muss korrigiert werden; nichts wurde gespeichert.",
                    browser.driver().findElement(By.id("alertRules:messages")).getText());
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "alert-settings-dark.png"), 1280, 1200);
        }
    }

    private static WebElement ruleField(Browser browser, String setting) {
        return browser.driver().findElement(By.cssSelector("[data-setting='" + setting + "']"));
    }

    /** The message in the field's own row of the form, about that field; empty when there is none. */
    private static String ruleErrorBeside(Browser browser, String setting) {
        WebElement row = ruleField(browser, setting).findElement(By.xpath("ancestor::div[contains(@class, 'field')][1]"));
        WebElement error = row.findElement(By.cssSelector(".field-error"));
        assertEquals(setting, error.getAttribute("data-error-for"));
        assertTrue(ruleField(browser, setting).getAttribute("aria-describedby").contains(error.getAttribute("id")),
                "the field is described by its message");
        return error.getText();
    }

    private static String ruleHint(Browser browser, String setting) {
        return ruleField(browser, setting).findElement(By.xpath("ancestor::div[contains(@class, 'field')][1]"))
                .findElement(By.cssSelector(".hint")).getText();
    }

    @Test
    void aWebhookAddedOnThePageShowsItsSecretOnceAndItsTestEventArrivesSignedWithIt() {
        String tenant = tenant("add");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            listShown(browser);
            assertEquals("No subscription yet: alerts are not sent anywhere.", text(browser, "#subscriptionTable tbody"));
            assertFalse(browser.driver().findElement(By.cssSelector("input[name='channel'][value='email']")).isEnabled(),
                    "no SMTP server is configured for the tests, so e-mail cannot be chosen");
            assertEquals("E-mail needs an SMTP server, and the operator has not configured one.",
                    text(browser, "#subscriptionChannel-hint"));

            field(browser, "target").sendKeys(receiver.url());
            kind(browser, "band_drop").click();
            kind(browser, "low_csat").click();
            field(browser, "description").sendKeys("Success team");
            browser.driver().findElement(By.id("subscriptionSubmit")).click();

            browser.waitUntil(10, driver -> driver.findElement(By.id("secretBox")).isDisplayed());
            String secret = browser.driver().findElement(By.id("secretValue")).getAttribute("value");
            assertTrue(secret.startsWith("whsec_"), "a Standard Webhooks secret: " + secret);
            assertEquals("Signing secret of " + receiver.url(), text(browser, "#secretTitle"));
            assertTrue(text(browser, "#secretWarning").startsWith("Shown only now."), text(browser, "#secretWarning"));
            assertEquals("secretTitle", activeId(browser), "the focus goes to the secret");
            assertEquals("The subscription to " + receiver.url() + " was added. Its secret is shown below, this once.",
                    text(browser, "#subscriptionsOutcome"));

            JsonObject made = only(admin);
            assertEquals("webhook", made.getString("channel"));
            assertEquals(receiver.url(), made.getString("target"));
            assertEquals(List.of("band_drop", "low_csat"), strings(made, "kinds"));
            assertEquals("Success team", made.getString("description"));
            assertTrue(made.getBoolean("enabled"));
            assertFalse(made.containsKey("secret"), "the API never tells the secret again");
            String row = rowOf(made.getString("id"));
            browser.waitUntil(10, driver -> !driver.findElements(By.cssSelector(row)).isEmpty());
            assertEquals("Band drop, Lowest CSAT", text(browser, row + " .subscription-kinds"));
            assertEquals("On", text(browser, row + " .subscription-state"));
            assertEquals("Success team", text(browser, row + " .subscription-description"));

            copiesTheSecret(browser, secret);
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector(row + " button[data-action='test']")).click();
            Await.until("the test event at the receiver", () -> !receiver.requests().isEmpty(), DELIVERY);
            RecordingReceiver.Request request = receiver.requests().get(0);
            assertTrue(request.signedWith(secret), "signed with the secret the page showed");
            assertEquals("com.customerhealth.alert.test", request.event().getString("type"));

            browser.waitUntil(30, driver -> text(browser, "#subscriptionsOutcome").contains(" delivered: "));
            JsonObject delivery = newestDelivery(admin, made.getString("id"));
            assertEquals("delivered", delivery.getString("state"));
            assertEquals(request.header("webhook-id"), delivery.getString("eventId"));
            assertEquals(200, delivery.getInt("lastStatus"));
            int latency = delivery.getJsonArray("log").getJsonObject(0).getInt("latencyMs");
            assertEquals("Test event to " + receiver.url() + " delivered: status 200 in " + latency + " ms.",
                    text(browser, "#subscriptionsOutcome"));

            browser.waitUntil(10, driver -> text(browser, row + " .subscription-counts")
                    .equals("1 delivered · 0 pending · 0 failed"));
            assertEquals("test", browser.script("return document.activeElement.getAttribute('data-action')"),
                    "the rows drawn again with the new counts, the focus is still on the button pressed");

            String logged = "#deliveryTable tr[data-id='" + delivery.getString("id") + "']";
            browser.waitUntil(10, driver -> "delivered".equals(driver.findElement(By.cssSelector(logged))
                    .getAttribute("data-state")));
            assertEquals("Deliveries to " + receiver.url() + ", newest first", text(browser, "#deliveryCaption"));
            assertEquals("Test event", text(browser, logged + " .delivery-type"));
            assertEquals("—", text(browser, logged + " .delivery-alert"), "a test event tells of no alert");
            assertEquals("Delivered", text(browser, logged + " .delivery-state"));
            assertEquals("200", text(browser, logged + " .delivery-status"));
            assertEquals("—", text(browser, logged + " .delivery-next"));
            WebElement attempts = browser.driver().findElement(By.cssSelector(logged + " .attempts-toggle"));
            assertEquals("1 attempt", attempts.getText());
            assertEquals("false", attempts.getAttribute("aria-expanded"));
            attempts.click();
            assertEquals("true", attempts.getAttribute("aria-expanded"));
            String attempt = "#" + attempts.getAttribute("aria-controls") + " .attempt-row";
            browser.waitUntil(5, driver -> driver.findElement(By.cssSelector(attempt)).isDisplayed());
            assertEquals("1", text(browser, attempt + " .attempt-number"));
            assertEquals("200", text(browser, attempt + " .attempt-status"));
            assertEquals(latency + " ms", text(browser, attempt + " .attempt-latency"));
            browser.assertAccessible();
            browser.script("document.getElementById('subscriptions').scrollIntoView()");
            browser.screenshot(Path.of("target", "screenshots", "alert-subscriptions.png"), 1280, 1800);

            assertFalse(String.valueOf(browser.script("return location.href + JSON.stringify(localStorage)"
                    + " + JSON.stringify(sessionStorage) + document.cookie")).contains(secret), "the secret is kept nowhere");
            browser.open(PAGE);
            listShown(browser);
            assertFalse(browser.driver().findElement(By.id("secretBox")).isDisplayed(), "shown once, not after a reload");
            assertFalse(browser.driver().getPageSource().contains(secret));
            assertFalse(admin.get(SUBSCRIPTIONS).body().contains(secret));
        }
    }

    @Test
    void aWrongTargetShowsItsMessageBesideItsFieldAndNothingIsAdded() {
        String tenant = tenant("wrong");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            listShown(browser);
            field(browser, "target").sendKeys("ftp://x");
            field(browser, "description").sendKeys("Legacy");
            browser.driver().findElement(By.id("subscriptionSubmit")).click();

            browser.waitUntil(10, driver -> !errorBeside(browser, "target").isEmpty());
            assertEquals("must start with https, http", errorBeside(browser, "target"));
            assertEquals("", errorBeside(browser, "description"), "a good field says nothing");
            assertEquals("true", field(browser, "target").getAttribute("aria-invalid"));
            assertEquals("subscriptionTarget", activeId(browser), "the focus goes to the field at fault");
            assertEquals("ftp://x", field(browser, "target").getAttribute("value"), "what was typed stays");
            assertEquals("Legacy", field(browser, "description").getAttribute("value"));
            assertEquals("1 field needs fixing; nothing was saved.", text(browser, "#subscriptionFormOutcome"));
            browser.assertAccessible();

            field(browser, "target").clear();
            browser.driver().findElement(By.id("subscriptionSubmit")).click();
            browser.waitUntil(10, driver -> errorBeside(browser, "target").equals("is missing"));
            assertEquals("No subscription yet: alerts are not sent anywhere.", text(browser, "#subscriptionTable tbody"));
        }
        assertEquals(0, Api.json(admin.get(SUBSCRIPTIONS)).asJsonObject().getJsonArray("items").size(), "nothing added");
    }

    @Test
    void kindsChangedAndSwitchedOffOnThePageAreWhatTheApiHolds() {
        String tenant = tenant("edit");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            JsonObject made = create(admin, receiver.url(), "Ops");
            String row = rowOf(made.getString("id"));
            browser.open(PAGE);
            listShown(browser);
            assertEquals("Every kind", text(browser, row + " .subscription-kinds"));

            browser.driver().findElement(By.cssSelector(row + " button[data-action='edit']")).click();
            assertEquals("subscriptionTarget", activeId(browser), "the form, filled, takes the focus");
            assertEquals("Change the subscription to " + receiver.url(), text(browser, "#subscriptionFormTitle"));
            assertEquals(receiver.url(), field(browser, "target").getAttribute("value"));
            assertEquals("Ops", field(browser, "description").getAttribute("value"));
            assertFalse(browser.driver().findElement(By.cssSelector("input[name='channel'][value='webhook']")).isEnabled(),
                    "a subscription keeps its channel");
            kind(browser, "score_drop").click();
            kind(browser, "ticket_spike").click();
            browser.driver().findElement(By.cssSelector("label[for='subscriptionEnabled']")).click();
            field(browser, "description").clear();
            field(browser, "description").sendKeys("Ops, nights");
            browser.driver().findElement(By.id("subscriptionSubmit")).click();

            browser.waitUntil(10, driver -> text(browser, "#subscriptionsOutcome")
                    .equals("The subscription to " + receiver.url() + " was saved."));
            browser.waitUntil(10, driver -> text(browser, row + " .subscription-state").equals("Off"));
            assertEquals("Score drop, Ticket spike", text(browser, row + " .subscription-kinds"));
            assertEquals("Ops, nights", text(browser, row + " .subscription-description"));
            assertEquals("edit", browser.script("return document.activeElement.getAttribute('data-action')"),
                    "the focus is back on the row's button");
            assertEquals("Add a subscription", text(browser, "#subscriptionFormTitle"), "the form is for adding again");
            JsonObject changed = only(admin);
            assertEquals(List.of("score_drop", "ticket_spike"), strings(changed, "kinds"));
            assertFalse(changed.getBoolean("enabled"));
            assertEquals("Ops, nights", changed.getString("description"));
            assertEquals(receiver.url(), changed.getString("target"));

            browser.driver().findElement(By.cssSelector(row + " button[data-action='test']")).click();
            browser.waitUntil(10, driver -> text(browser, "#subscriptionsOutcome").equals("The subscription to "
                    + receiver.url() + " is switched off: switch it on to send it a test event."));
            assertTrue(receiver.requests().isEmpty(), "nothing is sent to a switched off subscription");
            browser.assertAccessible();
        }
    }

    @Test
    void aReplacedSecretIsShownOnceAndSignsTheNextTestEvent() {
        String tenant = tenant("secret");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            JsonObject made = create(admin, receiver.url(), null);
            String first = made.getString("secret");
            String row = rowOf(made.getString("id"));
            browser.open(PAGE);
            listShown(browser);

            browser.driver().findElement(By.cssSelector(row + " button[data-action='secret']")).click();
            Alert asked = browser.waitUntil(5, ExpectedConditions.alertIsPresent());
            assertTrue(asked.getText().startsWith("Give " + receiver.url() + " a new secret?"), asked.getText());
            asked.dismiss();
            assertFalse(browser.driver().findElement(By.id("secretBox")).isDisplayed(), "not confirmed, not done");

            browser.driver().findElement(By.cssSelector(row + " button[data-action='secret']")).click();
            browser.waitUntil(5, ExpectedConditions.alertIsPresent()).accept();
            browser.waitUntil(10, driver -> driver.findElement(By.id("secretBox")).isDisplayed());
            String second = browser.driver().findElement(By.id("secretValue")).getAttribute("value");
            assertTrue(second.startsWith("whsec_"), second);
            assertNotEquals(first, second);
            assertEquals("secretTitle", activeId(browser));
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector(row + " button[data-action='test']")).click();
            Await.until("the test event at the receiver", () -> !receiver.requests().isEmpty(), DELIVERY);
            RecordingReceiver.Request request = receiver.requests().get(0);
            assertTrue(request.signedWith(second), "signed with the new secret");
            assertFalse(request.signedWith(first), "the old one signs nothing");
            browser.waitUntil(30, driver -> text(browser, "#subscriptionsOutcome").contains(" delivered: status 200 in "));

            browser.driver().findElement(By.id("secretDone")).click();
            assertFalse(browser.driver().findElement(By.id("secretBox")).isDisplayed());
            assertEquals("", browser.driver().findElement(By.id("secretValue")).getAttribute("value"), "gone from the page");
            assertEquals("subscriptionsTitle", activeId(browser));
        }
    }

    @Test
    void removingIsAskedOnceMoreAndTheSubscriptionIsGoneFromTheApi() {
        String tenant = tenant("remove");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            JsonObject made = create(admin, receiver.url(), "To go");
            String row = rowOf(made.getString("id"));
            browser.open(PAGE);
            listShown(browser);

            browser.driver().findElement(By.cssSelector(row + " button[data-action='remove']")).click();
            Alert asked = browser.waitUntil(5, ExpectedConditions.alertIsPresent());
            assertTrue(asked.getText().startsWith("Remove the subscription to " + receiver.url() + "?"), asked.getText());
            asked.dismiss();
            assertEquals(1, items(admin).size(), "not confirmed, not done");

            browser.driver().findElement(By.cssSelector(row + " button[data-action='remove']")).click();
            browser.waitUntil(5, ExpectedConditions.alertIsPresent()).accept();
            browser.waitUntil(10, driver -> driver.findElements(By.cssSelector(row)).isEmpty());
            assertEquals("The subscription to " + receiver.url() + " was removed.", text(browser, "#subscriptionsOutcome"));
            browser.waitUntil(5, driver -> "subscriptionsTitle".equals(activeId(browser)));
            assertEquals("Add a subscription to see its deliveries here.", text(browser, "#deliveryCaption"));
            assertEquals(0, items(admin).size());
            assertEquals(404, admin.get(SUBSCRIPTIONS + "/" + made.getString("id")).statusCode());
        }
    }

    @Test
    void theDeliveryLogLinksEachAlertToItsSubjectsPage() {
        String tenant = tenant("log");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            JsonObject made = create(admin, receiver.url(), null);
            RemoteFixtures fixtures = new RemoteFixtures(base);
            for (List<HelpdeskEvent> batch : AlertScenarios.falls(tenant, "ada", "Ada Lovelace", "acme", Instant.now())) {
                fixtures.events(tenant, batch);
            }
            List<JsonObject> raised = Api.json(admin.get("api/v1/alerts?size=100")).asJsonObject().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertTrue(raised.size() > 1, "the fall raised alerts: " + raised);
            String deliveries = SUBSCRIPTIONS + "/" + made.getString("id") + "/deliveries?size=20";
            Await.until("every alert delivered", () -> {
                JsonObject now = Api.json(admin.get(deliveries)).asJsonObject();
                return now.getInt("total") >= raised.size() && now.getJsonArray("items").getValuesAs(JsonObject.class)
                        .stream().allMatch(each -> each.getString("state").equals("delivered"));
            }, DELIVERY);
            JsonObject log = Api.json(admin.get(deliveries)).asJsonObject();

            browser.open(PAGE);
            listShown(browser);
            browser.driver().findElement(By.cssSelector(rowOf(made.getString("id")) + " button[data-action='log']")).click();
            assertEquals("deliveriesTitle", activeId(browser), "the focus goes to the log");
            List<String> newestFirst = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(each -> each.getString("id")).toList();
            browser.waitUntil(10, driver -> driver.findElements(By.cssSelector("#deliveryTable tr.delivery-row")).stream()
                    .map(each -> each.getAttribute("data-id")).toList().equals(newestFirst));
            JsonObject bandDrop = raised.stream().filter(alert -> alert.getString("kind").equals("band_drop")
                    && alert.getJsonObject("subject").getString("id").equals("ada")).findFirst().orElseThrow();
            JsonObject itsDelivery = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(each -> bandDrop.getString("id").equals(each.getString("alertId", null))).findFirst()
                    .orElseThrow();
            String logged = "#deliveryTable tr[data-id='" + itsDelivery.getString("id") + "']";
            assertEquals("Alert raised", text(browser, logged + " .delivery-type"));
            List<String> link = browser.waitUntil(10, driver -> {
                WebElement shown = driver.findElement(By.cssSelector(logged + " .delivery-alert a"));
                return List.of(shown.getText(), shown.getAttribute("href"));
            });
            assertEquals("Band drop: Ada Lovelace", link.get(0));
            assertTrue(link.get(1).endsWith("/scores/customer.xhtml?id=ada"), link.get(1));
            assertEquals("Page 1 of 1 · " + log.getInt("total") + " rows",
                    text(browser, ".paging[data-for='deliveryTable'] .paging-status"));
            browser.assertAccessible();
        }
    }

    @Test
    void managersAndAgentsAreRefusedThePage() {
        String tenant = tenant("refused");
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get(PAGE).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)).get(PAGE).statusCode());
        for (String user : new String[] {TestUsers.agentOf(tenant), TestUsers.withRoles(tenant, Roles.MANAGER)}) {
            try (Browser browser = Browser.signedInAs(base, user)) {
                browser.open(PAGE);
                assertTrue(browser.driver().findElements(By.id("subscriptions")).isEmpty(), "no subscriptions for " + user);
                assertTrue(browser.driver().findElements(By.id("deliveries")).isEmpty(), "no log for " + user);
            }
        }
    }

    @Test
    void inGermanAndDarkColoursThePageSpeaksGermanAndPassesAxeCore() {
        String tenant = tenant("de");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting();
             Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant), Locale.GERMAN)) {
            JsonObject made = create(admin, receiver.url(), "Erfolgsteam");
            String row = rowOf(made.getString("id"));
            browser.prefersDarkColours();
            browser.open(PAGE);
            listShown(browser);
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.getElementById('subscriptions'))"
                    + ".backgroundColor"));
            assertEquals("Wohin Warnungen gehen", browser.driver().findElement(By.id("subscriptionsTitle"))
                    .getAttribute("textContent"));
            assertEquals("Zustellprotokoll", browser.driver().findElement(By.id("deliveriesTitle")).getAttribute("textContent"));
            assertEquals("Jede Art", text(browser, row + " .subscription-kinds"));
            assertEquals("Ein", text(browser, row + " .subscription-state"));
            assertEquals("Testereignis senden", text(browser, row + " button[data-action='test']"));

            field(browser, "target").sendKeys("ftp://x");
            browser.driver().findElement(By.id("subscriptionSubmit")).click();
            browser.waitUntil(10, driver -> !errorBeside(browser, "target").isEmpty());
            assertEquals("muss mit https, http beginnen", errorBeside(browser, "target"));
            assertEquals("Ein Feld muss korrigiert werden; nichts wurde gespeichert.",
                    text(browser, "#subscriptionFormOutcome"));

            browser.driver().findElement(By.cssSelector(row + " button[data-action='test']")).click();
            browser.waitUntil(30, driver -> text(browser, "#subscriptionsOutcome").startsWith("Testereignis an "
                    + receiver.url() + " zugestellt: Status 200 in "));
            browser.waitUntil(10, driver -> !driver.findElements(By.cssSelector("#deliveryTable tr.delivery-delivered")).isEmpty());
            assertEquals("Zugestellt", text(browser, "#deliveryTable tr.delivery-delivered .delivery-state"));
            browser.driver().findElement(By.cssSelector("#deliveryTable .attempts-toggle")).click();
            browser.assertAccessible();
            browser.script("document.getElementById('subscriptions').scrollIntoView()");
            browser.screenshot(Path.of("target", "screenshots", "alert-subscriptions-dark.png"), 1280, 1800);
        }
        assertEquals(1, items(admin).size(), "the wrong one was not added");
    }

    /**
     * Clicks Copy and checks what was copied: where the page is a secure context (https, localhost) the clipboard
     * read back, once the browser lets pages at it as a person's click does; elsewhere the page can only copy
     * the selection, and the text selected when it copied is read.
     */
    private static void copiesTheSecret(Browser browser, String secret) {
        ChromeDriver chromium = (ChromeDriver) browser.driver();
        boolean secure = Boolean.TRUE.equals(browser.script("return window.isSecureContext"));
        if (secure) {
            chromium.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                    List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        } else {
            browser.script("document.addEventListener('copy', function () { var field = document.activeElement;"
                    + " window.copiedText = field.value.substring(field.selectionStart, field.selectionEnd); })");
        }
        browser.driver().findElement(By.id("copySecret")).click();
        browser.waitUntil(5, driver -> text(browser, "#copyOutcome").equals("Copied to the clipboard."));
        Object copied = secure ? chromium.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, failure => done(String(failure)))")
                : browser.script("return window.copiedText");
        assertEquals(secret, copied);
    }

    private static JsonObject create(Api admin, String url, String description) {
        var json = Json.createObjectBuilder().add("channel", "webhook").add("target", url);
        if (description != null) {
            json.add("description", description);
        }
        HttpResponse<String> made = admin.postJson(SUBSCRIPTIONS, json.build().toString());
        assertEquals(201, made.statusCode(), made.body());
        return Api.json(made).asJsonObject();
    }

    private static List<JsonObject> items(Api admin) {
        return Api.json(admin.get(SUBSCRIPTIONS)).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The tenant's one subscription. */
    private static JsonObject only(Api admin) {
        List<JsonObject> items = items(admin);
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static JsonObject newestDelivery(Api admin, String id) {
        return Api.json(admin.get(SUBSCRIPTIONS + "/" + id + "/deliveries?size=1")).asJsonObject().getJsonArray("items")
                .getJsonObject(0);
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).stream().map(value -> ((JsonString) value).getString()).toList();
    }

    /** Waits for the subscriptions to be read and shown: a row each, or the row saying there is none. */
    private static void listShown(Browser browser) {
        browser.waitUntil(10, driver -> !driver.findElements(By.cssSelector("#subscriptionTable tbody tr")).isEmpty());
    }

    private static String rowOf(String id) {
        return "#subscriptionTable tr[data-id='" + id + "']";
    }

    private static WebElement field(Browser browser, String name) {
        return browser.driver().findElement(By.cssSelector("#subscriptionForm [name='" + name + "']"));
    }

    private static WebElement kind(Browser browser, String kind) {
        return browser.driver().findElement(By.cssSelector("#subscriptionForm input[name='kinds'][value='" + kind + "']"));
    }

    /** The message about {@code name} beside its field, which names it in its description; empty when there is none. */
    private static String errorBeside(Browser browser, String name) {
        WebElement error = browser.driver().findElement(By.cssSelector("#subscriptionForm [data-error-for='" + name + "']"));
        WebElement fieldBox = error.findElement(By.xpath("ancestor::*[contains(@class, 'field') or self::fieldset][1]"));
        assertFalse(fieldBox.findElements(By.cssSelector("[name='" + name + "']")).isEmpty(), "beside its field");
        WebElement described = fieldBox.getTagName().equals("fieldset") ? fieldBox : field(browser, name);
        assertTrue(described.getAttribute("aria-describedby").contains(error.getAttribute("id")),
                "the field is described by its message");
        return error.getText();
    }

    private static String text(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static String activeId(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement.id"));
    }

    private static String tenant(String prefix) {
        return StoredFixtures.uniqueId("alert-settings-" + prefix);
    }
}

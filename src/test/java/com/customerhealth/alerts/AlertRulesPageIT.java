package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The alert settings page, {@code admin/alerts.xhtml}, in headless chromium: an admin's change of a number
 * and a switch saved and read back through the API, each wrong number's message beside its field with
 * nothing saved, going back to the configured defaults after being asked, the way there from the settings
 * page and the header, agents and managers refused, in English and German, light and dark. Each test has a
 * tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AlertRulesPageIT {

    private static final String PAGE = "admin/alerts.xhtml";
    private static final String RULES = "api/v1/alerts/rules";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminChangesANumberAndASwitchAndSavesThemAsTheTenantsRules() {
        String tenant = tenant();
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertEquals("The configured defaults are in force; no rules were saved here yet.",
                    browser.driver().findElement(By.id("rulesInForce")).getText());
            assertEquals("30", field(browser, "scoreDrop.points").getAttribute("value"));
            assertTrue(field(browser, "lowCsat.enabled").isSelected());
            assertTrue(browser.driver().findElements(By.id("alertRules:backToDefaults")).isEmpty(),
                    "nothing to go back from");

            field(browser, "scoreDrop.points").clear();
            field(browser, "scoreDrop.points").sendKeys("40");
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
            assertEquals("40", field(browser, "scoreDrop.points").getAttribute("value"), "read back as saved");
            assertFalse(field(browser, "lowCsat.enabled").isSelected());
            assertEquals("Default: 30", hintOf(browser, "scoreDrop.points"), "the configured value beside it");
            browser.screenshot(Path.of("target", "screenshots", "alert-settings.png"), 1280, 1200);
        }
    }

    @Test
    void aWrongNumberShowsItsMessageBesideItsFieldAndNothingIsSaved() {
        String tenant = tenant();
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            field(browser, "scoreDrop.points").clear();
            field(browser, "scoreDrop.points").sendKeys("500");
            field(browser, "coolDown.hours").clear();
            field(browser, "coolDown.hours").sendKeys("a day");
            field(browser, "ticketSpike.floor").clear();
            browser.driver().findElement(By.cssSelector("label[for='alertRules:bandDropEnabled']")).click();
            WebElement save = browser.driver().findElement(By.id("alertRules:save"));
            save.click();
            browser.waitUntilReplaced(10, save);

            assertEquals("must be between 1 and 100, was 500", errorBeside(browser, "scoreDrop.points"));
            assertEquals("must be a whole number", errorBeside(browser, "coolDown.hours"));
            assertEquals("is missing", errorBeside(browser, "ticketSpike.floor"));
            assertEquals("", errorBeside(browser, "scoreDrop.days"), "a good field says nothing");
            assertEquals("true", field(browser, "scoreDrop.points").getAttribute("aria-invalid"));
            assertEquals("500", field(browser, "scoreDrop.points").getAttribute("value"), "what was typed stays");
            assertEquals("a day", field(browser, "coolDown.hours").getAttribute("value"));
            assertFalse(field(browser, "bandDrop.enabled").isSelected(), "the switch stays as it was set");
            assertEquals("3 settings need fixing; nothing was saved.",
                    browser.driver().findElement(By.id("alertRules:messages")).getText());
            browser.assertAccessible();
        }
        assertEquals(0, Api.json(Api.at(base).as(TestUsers.adminOf(tenant)).get(RULES)).asJsonObject().getInt("version"),
                "nothing was saved, the good switch neither");
    }

    @Test
    void goingBackToTheDefaultsIsAskedOnceMoreAndPutsTheConfiguredRulesInForce() {
        String tenant = tenant();
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        assertEquals(200, admin.putJson(RULES, "{\"lowCsat.enabled\": \"off\", \"coolDown.hours\": 6}").statusCode());
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant))) {
            browser.open(PAGE);
            assertFalse(field(browser, "lowCsat.enabled").isSelected());
            assertEquals("6", field(browser, "coolDown.hours").getAttribute("value"));

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
            assertTrue(field(browser, "lowCsat.enabled").isSelected(), "the form shows the defaults");
            assertEquals("24", field(browser, "coolDown.hours").getAttribute("value"));
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
        String tenant = tenant();
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
        String tenant = tenant();
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
        String tenant = tenant();
        try (Browser browser = Browser.signedInAs(base, TestUsers.adminOf(tenant), Locale.GERMAN)) {
            browser.prefersDarkColours();
            browser.open(PAGE);
            assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(22, 27, 34)", browser.script("return getComputedStyle(document.getElementById('rules'))"
                    + ".backgroundColor"));
            assertEquals("Einstellungen der Warnungen", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals("de", browser.script("return document.documentElement.lang"));

            field(browser, "scoreDrop.days").clear();
            field(browser, "scoreDrop.days").sendKeys("0");
            WebElement save = browser.driver().findElement(By.id("alertRules:save"));
            save.click();
            browser.waitUntilReplaced(10, save);

            assertEquals("muss zwischen 1 und 90 liegen, war 0", errorBeside(browser, "scoreDrop.days"));
            assertEquals("Eine Einstellung muss korrigiert werden; nichts wurde gespeichert.",
                    browser.driver().findElement(By.id("alertRules:messages")).getText());
            browser.assertAccessible();
            browser.screenshot(Path.of("target", "screenshots", "alert-settings-dark.png"), 1280, 1200);
        }
    }

    private static WebElement field(Browser browser, String setting) {
        return browser.driver().findElement(By.cssSelector("[data-setting='" + setting + "']"));
    }

    /** The message in the field's own row of the form, about that field; empty when there is none. */
    private static String errorBeside(Browser browser, String setting) {
        WebElement row = field(browser, setting).findElement(By.xpath("ancestor::div[contains(@class, 'field')][1]"));
        WebElement error = row.findElement(By.cssSelector(".field-error"));
        assertEquals(setting, error.getAttribute("data-error-for"));
        assertTrue(field(browser, setting).getAttribute("aria-describedby").contains(error.getAttribute("id")),
                "the field is described by its message");
        return error.getText();
    }

    private static String hintOf(Browser browser, String setting) {
        return field(browser, setting).findElement(By.xpath("ancestor::div[contains(@class, 'field')][1]"))
                .findElement(By.cssSelector(".hint")).getText();
    }

    private static String tenant() {
        return StoredFixtures.uniqueId("alert-page");
    }
}

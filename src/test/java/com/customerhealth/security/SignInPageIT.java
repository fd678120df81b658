package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sign-in page, {@code login.xhtml}, in headless chromium, and the users an install configures: a
 * protected page leads there and back, a wrong password is refused without saying which half was wrong,
 * the page goes on only to the plugin's own pages, signing out ends the session, and a configured user's
 * password is checked against its hash.
 */
@ExtendWith(ArquillianExtension.class)
class SignInPageIT {

    /** Configured in arquillian.xml as an install configures users: a hash, never the password. */
    private static final String CONFIGURED = "it-configured";
    private static final String CONFIGURED_PASSWORD = "it-configured-secret";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void aProtectedPageLeadsToTheSignInPageAndBackAfterSigningIn() {
        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.driver().get(base + "agent/tickets.xhtml?show=all");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml?next="), browser.driver().getCurrentUrl());

            browser.signIn(TestUsers.AGENT, "wrong password");
            assertEquals("Wrong user name or password.", browser.textOnceShown(5, By.id("signIn:messages")));
            assertEquals("", browser.driver().findElement(By.id("signIn:password")).getAttribute("value"),
                    "the password is not sent back");

            browser.signIn(TestUsers.AGENT, TestUsers.AGENT);
            browser.waitUntil(5, driver -> driver.getCurrentUrl().endsWith("/chm/agent/tickets.xhtml?show=all"));
            assertTrue(browser.driver().findElement(By.className("who")).getText().contains(TestUsers.AGENT));
        }
    }

    @Test
    void theSignInPagePassesAxeCoreAndTheCheckFindsWhatBreaksIt() {
        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.driver().get(base + "login.xhtml");
            assertEquals(List.of(), browser.accessibilityViolations());

            // A field without a label and text barely lighter than its background: what the check is for.
            browser.script("var input = document.createElement('input'); input.type = 'text';"
                    + " document.querySelector('main').appendChild(input);"
                    + " var faint = document.createElement('p'); faint.textContent = 'faint';"
                    + " faint.style.color = '#eee'; faint.style.background = '#fff';"
                    + " document.querySelector('main').appendChild(faint);");
            List<String> found = browser.accessibilityViolations();
            assertTrue(found.stream().anyMatch(line -> line.startsWith("label (critical)")), found.toString());
            assertTrue(found.stream().anyMatch(line -> line.startsWith("color-contrast (serious)")), found.toString());
            browser.driver().navigate().refresh();
        }
    }

    @Test
    void signingInGoesOnOnlyToThePluginsOwnPages() {
        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.driver().get(base + "login.xhtml?next=" + URLEncoder.encode("https://elsewhere.example/",
                    StandardCharsets.UTF_8));
            browser.signIn(TestUsers.AGENT, TestUsers.AGENT);

            browser.waitUntil(5, driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(base.toString()), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
            browser.open("agent/tickets.xhtml");
            browser.driver().findElement(By.id("signOut:submit")).click();
            browser.waitUntil(5, driver -> driver.getCurrentUrl().contains("/login.xhtml"));

            browser.driver().get(base + "agent/tickets.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "signed out");
        }
    }

    @Test
    void aConfiguredUserSignsInWithTheirPasswordOnly() {
        assertEquals(200, Api.at(base).as(CONFIGURED, CONFIGURED_PASSWORD).postJson("api/v1/customers/health", "[]")
                .statusCode());
        assertEquals(401, Api.at(base).as(CONFIGURED, CONFIGURED).postJson("api/v1/customers/health", "[]")
                .statusCode());
        try (Browser browser = Browser.signedInAs(base, CONFIGURED)) {
            browser.driver().get(base + "agent/tickets.xhtml");
            browser.signIn(CONFIGURED, CONFIGURED_PASSWORD);
            browser.waitUntil(5, driver -> driver.getCurrentUrl().endsWith("/chm/agent/tickets.xhtml"));
            assertFalse(browser.driver().getPageSource().contains(CONFIGURED_PASSWORD));
        }
    }

    @Test
    void manyWrongPasswordsInARowMakeTheNextSignInWaitAndSaySoInWords() {
        String name = StoredFixtures.uniqueId("guesser");
        try (Browser browser = Browser.signedInAs(base, name)) {
            browser.driver().get(base + "login.xhtml");
            for (int i = 1; i <= 6; i++) {
                WebElement before = browser.driver().findElement(By.id("signIn"));
                browser.signIn(name, "guess " + i);
                browser.waitUntilReplaced(5, before);
                assertEquals("Wrong user name or password.", browser.textOnceShown(5, By.id("signIn:messages")));
            }

            browser.signIn(name, "guess 7");

            String message = browser.waitUntil(5, driver -> {
                String text = driver.findElement(By.id("signIn:messages")).getText();
                return text.startsWith("Too many") ? text : null;
            });
            assertTrue(message.matches("Too many failed sign-ins in a row\\. Try again in \\d+ seconds\\."), message);
        }
    }
}

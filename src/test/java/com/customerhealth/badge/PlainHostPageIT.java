package com.customerhealth.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.Browser;
import com.customerhealth.testing.browser.RemoteFixtures;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The badge script on a helpdesk page that is not Faces ({@code agent/plain-host.html} of the test
 * deployment): every element marked with a customer or company id gets the very badge and card the Faces
 * tags render for it.
 */
@ExtendWith(ArquillianExtension.class)
class PlainHostPageIT {

    /** A badge as people and assistive technology meet it: its classes, name, symbol and the card's words. */
    private static final String DESCRIBE = "const badge = arguments[0];"
            + " const dot = badge.querySelector('.chm-dot');"
            + " return [badge.className, dot.getAttribute('aria-label'), dot.textContent.trim(),"
            + " ...Array.from(badge.querySelectorAll('.chm-card span')).filter(part => !part.children.length)"
            + " .map(part => part.textContent.trim())].join(' | ');";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = ';', value = {
            "en; chm-health chm-no_data | Health: no data | ? | No data | no score | No score recorded yet",
            "de; chm-health chm-no_data | Gesundheit: keine Daten | ? | Keine Daten | kein Wert | Noch kein Wert erfasst"
    })
    void marksOnAPlainPageGetTheBadgesAndCardsTheFacesTagsRender(String language, String unknownBadge) {
        RemoteFixtures fixtures = new RemoteFixtures(base);
        String tenant = StoredFixtures.uniqueId("t");
        String company = StoredFixtures.uniqueId("company");
        String customer = StoredFixtures.uniqueId("customer");
        String unknown = StoredFixtures.uniqueId("unknown");
        String ticket = StoredFixtures.uniqueId("ticket");
        fixtures.company(tenant, company, "Acme");
        fixtures.customer(tenant, customer, "Ada", company);
        fixtures.ticket(tenant, ticket, customer, company, 3, 5, false, new Rating(2, 1, 3));
        fixtures.ticket(tenant, StoredFixtures.uniqueId("ticket"), customer, company, 4, 7, true, null);
        fixtures.score(tenant, List.of(customer));

        try (Browser browser = Browser.signedInAs(base, TestUsers.agentOf(tenant), Locale.forLanguageTag(language))) {
            browser.open("agent/ticket.xhtml?id=" + ticket);
            String customerByFaces = describe(browser, browser.badgeOf("customer", customer));
            String companyByFaces = describe(browser, browser.badgeOf("company", company));
            assertEquals(language, browser.script("return document.documentElement.lang"));

            browser.open("agent/plain-host.html?customers=" + customer + "," + unknown + "&companies=" + company);
            browser.waitUntil(10, driver -> driver.findElements(By.cssSelector("[data-chm-decorated=done]")).size() == 3);

            assertEquals(customerByFaces, describe(browser, browser.badgeOf("customer", customer)));
            assertEquals(companyByFaces, describe(browser, browser.badgeOf("company", company)));
            assertEquals(unknownBadge, describe(browser, browser.badgeOf("customer", unknown)));
            WebElement marked = browser.driver().findElement(By.cssSelector("[data-chm-customer='" + customer + "']"));
            assertEquals(1, marked.findElements(By.className("chm-health")).size(), "one badge, added once");
        }
    }

    private static String describe(Browser browser, WebElement badge) {
        return (String) browser.script(DESCRIBE, badge);
    }
}

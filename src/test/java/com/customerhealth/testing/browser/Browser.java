package com.customerhealth.testing.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver, signed in to the plugin as one user. Where
 * chromium or chromedriver is missing the test is skipped, unless the system property
 * {@code chm.it.browser} is {@code required} (as CI sets it), when it fails.
 *
 * <p>Every page it opens, and the page it shows when it is closed, is checked with axe-core (the file the
 * system property {@code chm.it.axe} names, fetched by the build): a serious or critical violation fails the
 * test. A test checks a page again after changing it with {@link #assertAccessible()}.
 *
 * <pre>
 * try (Browser browser = Browser.signedInAs(base, TestUsers.AGENT)) {
 *     browser.open("agent/tickets.xhtml");
 *     WebElement badge = browser.badgeOf("customer", customerId);
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chm.it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chm.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of(System.getProperty("chm.it.axe", "target/axe-core/package/axe.min.js"));

    /**
     * Runs axe-core on the document and answers its serious and critical violations, one line each; WCAG 2.2's
     * target size, which axe-core leaves off by default, included.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}}).then(results => done(results.violations
                    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
                    .map(violation => violation.id + ' (' + violation.impact + '): ' + violation.help + '; at '
                            + violation.nodes.map(node => node.target.join(' ')).join(', '))))
                .catch(failure => done(['axe-core failed: ' + failure]));
            """;

    private final ChromeDriver driver;
    private final URL base;
    private final String user;

    private Browser(ChromeDriver driver, URL base, String user) {
        this.driver = driver;
        this.base = base;
        this.user = user;
    }

    /** A new browser with nothing cached, that signs in as {@code user} (password: its name) on its first page. */
    public static Browser signedInAs(URL base, String user) {
        return signedInAs(base, user, Locale.ENGLISH);
    }

    /** As {@link #signedInAs(URL, String)}, for a reader whose browser asks for {@code language} first. */
    public static Browser signedInAs(URL base, String user, Locale language) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(System.getProperty("chm.it.browser"))) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt install chromium"
                    + " chromium-driver)");
        }
        assumeTrue(installed, "chromium and chromedriver are not installed; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=" + language.toLanguageTag());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base, user);
    }

    /**
     * Opens {@code path} of the plugin; when the plugin answers with its sign-in page, as it does for the
     * first protected page of a browser session, signs in there as a person would and goes on to the page.
     */
    public void open(String path) {
        driver.get(base + path);
        if (driver.getCurrentUrl().contains("/login.xhtml")) {
            assertAccessible();
            signIn(user, user);
            waitUntil(10, driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        }
        assertAccessible();
    }

    /** Fails when axe-core finds a serious or critical violation on the page as it is shown now. */
    public void assertAccessible() {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core on " + driver.getCurrentUrl() + ": " + String.join("\n", violations));
        }
    }

    /** The serious and critical violations axe-core finds on the page shown now, one line each. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        JavascriptExecutor page = driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            try {
                page.executeScript(Files.readString(AXE));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not at " + AXE.toAbsolutePath()
                        + " (the build fetches it before the integration tests)", e);
            }
        }
        return (List<String>) page.executeAsyncScript(RUN_AXE);
    }

    /** Has every page from now on see a system set to dark colours ({@code prefers-color-scheme: dark}). */
    public void prefersDarkColours() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    /** Types {@code name} and {@code password} into the sign-in page shown now and sends them. */
    public void signIn(String name, String password) {
        for (String[] field : new String[][] {{"signIn:user", name}, {"signIn:password", password}}) {
            WebElement input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        driver.findElement(By.id("signIn:submit")).click();
    }

    /** The badge showing the health of the {@code kind} ({@code customer} or {@code company}) {@code id}. */
    public WebElement badgeOf(String kind, String id) {
        return driver.findElement(By.cssSelector(".chm-health[data-chm-badge=\"" + kind + ":" + id + "\"]"));
    }

    /** Moves the mouse over {@code element}. */
    public void hover(WebElement element) {
        new Actions(driver).moveToElement(element).perform();
    }

    /** Moves the mouse away from every badge, to the page's top left corner. */
    public void hoverNothing() {
        new Actions(driver).moveToLocation(1, 1).perform();
    }

    /**
     * Waits up to {@code seconds} for the page to have replaced {@code element}, as a post that answers with a
     * new page does. Chromium tells of a replaced element either as a stale one or, when the check meets the
     * node as it goes, as a node that no longer belongs to the document: both count.
     */
    public void waitUntilReplaced(int seconds, WebElement element) {
        waitUntil(seconds, driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Waits up to {@code seconds} for {@code condition} to answer something other than null or false, asking
     * again when the page replaced an element while it was read; on timeout the failure carries what the
     * page wrote to its console.
     */
    public <T> T waitUntil(int seconds, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(seconds))
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Not within " + seconds + " s on " + driver.getCurrentUrl() + "; console: "
                    + driver.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
    }

    /**
     * Waits up to {@code seconds} for the element {@code by} finds to show text, and answers it. For messages
     * a post brings: the page before the post may hold the same element, empty, until the answer replaces it.
     */
    public String textOnceShown(int seconds, By by) {
        return waitUntil(seconds, driver -> {
            String text = driver.findElement(by).getText();
            return text.isEmpty() ? null : text;
        });
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the window shows now, {@code width} by {@code height} pixels, as a PNG at {@code file}. */
    public void screenshot(Path file, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the browser, failing when a page broke the content security policy on the way (every page of
     * the plugin runs its scripts and styles from files, none inline), or when the page it shows last is
     * not accessible.
     */
    @Override
    public void close() {
        List<String> violations;
        List<String> inaccessible;
        try {
            inaccessible = driver.getCurrentUrl().startsWith(base.toString()) ? accessibilityViolations() : List.of();
            violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The content security policy was broken: " + violations);
        }
        if (!inaccessible.isEmpty()) {
            throw new AssertionError("axe-core on the last page shown: " + String.join("\n", inaccessible));
        }
    }
}

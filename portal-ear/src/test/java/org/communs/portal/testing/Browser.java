package org.communs.portal.testing;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both from the system (Debian's {@code chromium}
 * and {@code chromium-driver}; override with {@code -Dchrome.binary} and {@code -Dchromedriver.path}).
 * Nothing is downloaded: Selenium Manager is bypassed by naming the driver explicitly.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(360, 740);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        File chromedriver = new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"))
                // The machine's network is closed: without these, Chromium keeps calling Google's hosts.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the running portal and waits for the page to be loaded. */
    public Browser visit(String path) {
        driver.get(RunningPortal.uri(path).toString());
        return waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Signs in through Keycloak's own form, starting from a page of the portal, and waits until the
     * shell shows the member's name.
     */
    public Browser signIn(DemoUser user, String startPath) {
        return signIn(user.login(), user.password(), startPath);
    }

    public Browser signIn(String login, String password, String startPath) {
        TestKeycloak.awaitReady();
        visit(startPath);
        typeInto(By.id("username"), login);
        typeInto(By.id("password"), password);
        click(By.id("kc-login"));
        return waitUntil(d -> !d.findElements(By.id("user-name")).isEmpty()
                && !d.getCurrentUrl().startsWith(TestKeycloak.url()));
    }

    public Browser typeInto(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** The portal's cookies of this browser, as a {@code Cookie} header for direct HTTP calls. */
    public String portalCookies() {
        return driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    public Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public WebElement find(By locator) {
        return await().until(d -> d.findElement(locator));
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** The element's text, read again if the page replaced the element meanwhile. */
    public String text(By locator) {
        return await().until(d -> d.findElement(locator).getText());
    }

    public Browser click(By locator) {
        await().until(d -> {
            d.findElement(locator).click();
            return true;
        });
        return this;
    }

    public <T> Browser waitUntil(Function<WebDriver, T> condition) {
        await().until(condition);
        return this;
    }

    /** Waits that survive a page replacing its elements (a form post re-rendering the page). */
    private FluentWait<WebDriver> await() {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at
     * the pages of a journey after a run (the tests do not compare pictures).
     */
    public Browser keepScreenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
            java.nio.file.Path shot = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(shot, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not keep the screenshot " + name, e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}

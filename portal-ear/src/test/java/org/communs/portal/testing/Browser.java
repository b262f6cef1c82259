package org.communs.portal.testing;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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
    private static final By USER_MENU = By.cssSelector("#user-menu > summary");

    private final WebDriver driver;
    private final AccessibilityCheck accessibility;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.accessibility = new AccessibilityCheck(driver);
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

    /** Opens a path of the running portal, waits for the page to be loaded and checks its accessibility. */
    public Browser visit(String path) {
        driver.get(RunningPortal.uri(path).toString());
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return checkAccessibility();
    }

    /**
     * Scans the page as it is now for WCAG 2.1 A/AA violations (see {@link AccessibilityCheck}).
     * Visits, sign-ins, kept screenshots and the end of each test do it already; call it for a
     * state reached otherwise that matters (an open dialog, say).
     */
    public Browser checkAccessibility() {
        accessibility.scan();
        return this;
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
                && !d.getCurrentUrl().startsWith(TestKeycloak.url()))
                .checkAccessibility();
    }

    /** Chooses the theme ({@code light}, {@code dark}) in the user menu and waits for the page to wear it. */
    public Browser useTheme(String theme) {
        return choose(By.id("topbar:theme-" + theme), "return document.documentElement.dataset.theme", theme);
    }

    /** Chooses the language ({@code fr}, {@code en}) in the user menu and waits for the page to speak it. */
    public Browser useLanguage(String language) {
        return choose(By.id("topbar:lang-" + language), "return document.documentElement.lang", language);
    }

    /** A choice of the user menu posts its form: wait for the new page, not only for its state. */
    private Browser choose(By item, String stateScript, String expected) {
        script("window.portalPageBeforeChoice = true");
        click(USER_MENU).click(item);
        waitUntil(d -> script("return window.portalPageBeforeChoice") == null);
        return waitUntil(d -> expected.equals(script(stateScript)));
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

    /**
     * Clicks an element once it can be clicked. It is first scrolled to the middle of the window:
     * WebDriver scrolls it only to the top edge, where the shell's sticky top bar would take the click.
     */
    public Browser click(By locator) {
        await().until(d -> {
            WebElement element = d.findElement(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
            element.click();
            return true;
        });
        return this;
    }

    /** Presses keys where the focus is, as a keyboard user does (no element is clicked or targeted). */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab until the element found by the locator has the focus, and checks that the focus
     * can be seen there (an outline, or a ring on the field's frame). Fails after 150 presses: the
     * element is then out of the keyboard's reach.
     */
    public Browser tabTo(By locator) {
        find(locator);
        for (int presses = 0; presses < 150; presses++) {
            press(Keys.TAB);
            WebElement focused = focused();
            // Found again at each press: an ajax update may have replaced the element meanwhile.
            if (driver.findElements(locator).contains(focused)) {
                // Themes draw the ring with a short transition: give it a moment, not more.
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(2))
                            .until(d -> Boolean.TRUE.equals(script(FOCUS_VISIBLE, focused)));
                } catch (org.openqa.selenium.TimeoutException invisible) {
                    throw new AssertionError("The focus on " + locator + " cannot be seen");
                }
                return this;
            }
        }
        throw new AssertionError(locator + " cannot be reached with the Tab key");
    }

    /**
     * An outline, or a ring-shaped shadow (spread only, such as {@code 0 0 0 3px}: not a drop
     * shadow), on the element or, for a field drawn by its frame, on its parent.
     */
    private static final String FOCUS_VISIBLE = """
            const ring = (e) => { const s = getComputedStyle(e);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                || /0px 0px 0px [0-9.]*[1-9]/.test(s.boxShadow); };
            const e = arguments[0];
            return ring(e) || (e.parentElement != null && ring(e.parentElement));""";

    public <T> Browser waitUntil(Function<WebDriver, T> condition) {
        await().until(condition);
        return this;
    }

    /**
     * Waits that survive a page replacing its elements (a form post re-rendering the page). Chromium
     * reports some of those as a bare WebDriverException ("Node with given id does not belong to the
     * document"), so any driver error is tried again; a wait that runs out shows the last one.
     */
    private FluentWait<WebDriver> await() {
        return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at
     * the pages of a journey after a run (the tests do not compare pictures), once the page passed
     * the accessibility check.
     */
    public Browser keepScreenshot(String name) {
        checkAccessibility();
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

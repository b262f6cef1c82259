package org.communs.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Gives each test a fresh {@link Browser} (no cookies carried between tests), checks the
 * accessibility of the page a test ends on, and, when the test fails, saves a screenshot and the
 * page source under {@code target/screenshots/} to see why.
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", key -> Browser.open(), Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get("browser", Browser.class);
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        if (context.getExecutionException().isPresent()) {
            save(browser, name);
            return;
        }
        try {
            browser.checkAccessibility();
        } catch (AssertionError inaccessible) {
            save(browser, name);
            throw inaccessible;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static void save(Browser browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
            Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), browser.driver().getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the failure screenshot of " + name, e);
        }
    }
}

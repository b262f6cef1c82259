package org.communs.portal.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Scans what a browser shows with axe-core for the WCAG 2.1 A and AA rules (the French RGAA's
 * level), in the theme, language and width the test uses. A violation fails the test with the
 * rule, its impact, the elements and the help link. Only the portal's own pages are scanned (the
 * sign-in pages are Keycloak's), and one page state is scanned once per browser: the same address
 * in the same theme, language and width.
 *
 * <p>{@code -Daccessibility.survey=true} writes the violations to
 * {@code target/accessibility/violations.txt} instead of failing, to see all of them at once
 * while fixing a set of pages; the README's test command never sets it.
 */
public final class AccessibilityCheck {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int NODES_SHOWN = 5;

    private final WebDriver driver;
    private final Set<String> scanned = new HashSet<>();

    AccessibilityCheck(WebDriver driver) {
        this.driver = driver;
    }

    /** Scans the page as it is now, unless it is not the portal's or was scanned in this state already. */
    void scan() {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith(RunningPortal.url()) || !"text/html".equals(script("return document.contentType"))) {
            return;
        }
        String state = url + " [" + script("return document.documentElement.lang") + ", "
                + script("return document.documentElement.dataset.theme || 'light'") + ", "
                + script("return window.innerWidth") + "px]";
        if (!scanned.add(state + " " + script("return document.body.innerHTML.length"))) {
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not scan " + state + ": " + results.getErrorMessage());
        }
        if (results.getViolations().isEmpty()) {
            return;
        }
        String report = report(state, results.getViolations());
        if (Boolean.getBoolean("accessibility.survey")) {
            append(report);
        } else {
            throw new AssertionError(report);
        }
    }

    private static String report(String state, List<Rule> violations) {
        StringBuilder report = new StringBuilder("WCAG 2.1 A/AA violations on ").append(state).append(':');
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" — ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes().stream().limit(NODES_SHOWN).toList()) {
                report.append("\n    ").append(target(node)).append("  ").append(abbreviated(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    report.append("\n      ").append(node.getFailureSummary().replace("\n", " "));
                }
            }
            if (rule.getNodes().size() > NODES_SHOWN) {
                report.append("\n    … and ").append(rule.getNodes().size() - NODES_SHOWN).append(" more");
            }
        }
        return report.toString();
    }

    private static String target(CheckedNode node) {
        return node.getTarget() instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >> "))
                : String.valueOf(node.getTarget());
    }

    private static String abbreviated(String html) {
        String line = html == null ? "" : html.replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    private static void append(String report) {
        try {
            Path file = Path.of("target", "accessibility", "violations.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report + "\n\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

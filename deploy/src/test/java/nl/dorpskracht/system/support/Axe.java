package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, the copy inside its Selenium artifact) run in the page as the browser shows it: the WCAG 2.1 A and
 * AA rules. A violation is reported with its rule and the elements it found, so the failure says what to fix.
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + " + v.nodes.map(n => n.target.join(' ')).join(', '))))" + ".catch(e => done(['axe failed: ' + e]));";

    private Axe() {
    }

    /** The page has no WCAG 2.1 A or AA violation that axe can find. */
    public static void assertClean(WebDriver browser, String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(SCRIPT);
        Object violations = script.executeAsyncScript(RUN);
        assertEquals(List.of(), violations, page + ": axe found " + violations);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

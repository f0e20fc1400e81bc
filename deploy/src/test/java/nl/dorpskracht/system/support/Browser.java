package nl.dorpskracht.system.support;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium for all tests of a class ({@link Browsers#chromium}), started before the first and quit after the last:
 * starting it costs a second or two per test, and a class's tests do not need a browser each. Every test still begins
 * as a stranger: no cookie of any site (so no session), a blank page, the desktop window size. Register it as
 * {@code @RegisterExtension static final Browser CHROMIUM = Browser.waitingUpTo(20);} and, when every test starts
 * signed in, add {@link #loggedInAs}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private final int waitSeconds;
    private final String demoUser;
    private final By landed;
    private WebDriver driver;
    private WebDriverWait wait;

    private Browser(int waitSeconds, String demoUser, By landed) {
        this.waitSeconds = waitSeconds;
        this.demoUser = demoUser;
        this.landed = landed;
    }

    /** A browser whose waits give up after this many seconds. */
    public static Browser waitingUpTo(int seconds) {
        return new Browser(seconds, null, null);
    }

    /** The same, signed in before every test as this demo user, on the page that shows {@code landed}. */
    public Browser loggedInAs(String email, By landed) {
        return new Browser(waitSeconds, email, landed);
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser starts before the class's first test: register it static");
        }
        return driver;
    }

    public WebDriverWait await() {
        driver();
        return wait;
    }

    /** Signs in afresh as a demo user (no session of an earlier one left) and waits for {@code page}. */
    public void logIn(String email, By page) {
        Browsers.logIn(driver(), wait, email, page);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = Browsers.chromium();
        wait = Browsers.waitOn(driver, waitSeconds);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // every site's cookies, not only those of the page shown (what deleteAllCookies would clear)
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
        driver.manage().window().setSize(DESKTOP);
        if (demoUser != null) {
            logIn(demoUser, landed);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}

package nl.dorpskracht.system.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and ChromeDriver; no browser is ever downloaded. */
public final class Browsers {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    public static WebDriver chromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed for browser tests: apt-get install"
                    + " chromium chromium-driver (the README's test command does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=nl", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * What Chromium says when the document was swapped under a command (a click that reloads the page: the scope
     * switch, the language switch, a form post) besides "stale element": a plain WebDriverException or
     * JavascriptException with one of these texts. Only these are looked at again; any other browser error fails the
     * test at once instead of being retried into a timeout.
     */
    private static final List<String> DOCUMENT_REPLACED = List.of("does not belong to the document",
            "node is detached from document", "execution context was destroyed",
            "cannot find context with specified id", "target frame detached");

    /**
     * A wait that looks again when the element it found was replaced meanwhile (stale, or one of
     * {@link #DOCUMENT_REPLACED}), never longer than its timeout.
     */
    public static WebDriverWait waitOn(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds)) {
            @Override
            public <V> V until(Function<? super WebDriver, V> isTrue) {
                return super.until(driver -> {
                    try {
                        return isTrue.apply(driver);
                    } catch (StaleElementReferenceException e) {
                        throw e;
                    } catch (WebDriverException e) {
                        if (documentReplaced(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public static boolean documentReplaced(WebDriverException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return DOCUMENT_REPLACED.stream().anyMatch(message::contains);
    }

    /** Logs in afresh (no session of an earlier login left) as a demo user, and waits for the page they land on. */
    public static void logIn(WebDriver browser, WebDriverWait wait, String email, By landed) {
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(landed));
    }
}

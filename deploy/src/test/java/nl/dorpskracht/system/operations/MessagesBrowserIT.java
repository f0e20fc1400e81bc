package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Verzonden berichten, as a secretary finds it: from the menu, with the mail of a registration, filtered by status. */
public class MessagesBrowserIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminFindsTheSentConfirmationOfTheirOwnAssociationOnlyAndFiltersByStatus()
            throws InterruptedException {
        String event = Registrations.event("vkkl", "Berichtenpagina " + RUN, 5, null).getString("id");
        String contact = Registrations.contacts("vkkl", 1, false, "Berichtenpagina " + RUN).get(0);
        String registration = Registrations.registered("vkkl", event, contact).getString("id");
        String address = Database.single("select email from contact_person where id = ?::uuid", contact);
        awaitSent("CONFIRMATION for registration " + registration);

        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        logIn("admin@vkkl.demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:sentMessages"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Verzonden berichten"));
        new Select(browser.findElement(By.id("outbox:status"))).selectByValue("SENT");
        new Select(browser.findElement(By.id("outbox:kind"))).selectByValue("CONFIRMATION");
        browser.findElement(By.id("outbox:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox:table"), address));
        String table = browser.findElement(By.id("outbox:table")).getText();
        assertTrue(table.contains("Aanmelding bevestigd") && table.contains("Verzonden"), table);

        new Select(browser.findElement(By.id("outbox:status"))).selectByValue("FAILED");
        browser.findElement(By.id("outbox:searchButton")).click();
        wait.until(ExpectedConditions
                .not(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox:table"), address)));

        browser.findElement(By.id("nav:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Inloggen")));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        logIn("admin@zhvkk.demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:sentMessages"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:table")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Verzonden berichten"));
        assertFalse(browser.getPageSource().contains(address), "another association's mail");
    }

    private void awaitSent(String label) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"SENT".equals(Database.single("select status from mail_outbox where label = ?", label))) {
            assertTrue(System.nanoTime() < deadline, label + " not sent within 30 s");
            Thread.sleep(200);
        }
    }

    private void logIn(String email) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }
}

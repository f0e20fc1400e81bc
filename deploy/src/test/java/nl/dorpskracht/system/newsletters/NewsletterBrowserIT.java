package nl.dorpskracht.system.newsletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin composes a newsletter from a published item, previews and sends it; it arrives at the SMTP server, and its
 * unsubscribe link, opened in a browser without logging in, withdraws the consent after one click.
 */
public class NewsletterBrowserIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final Pattern LINK = Pattern.compile("<https?://[^/>]+(/afmelden/zhvkk/[A-Za-z0-9_-]+)>");

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminSendsAnApprovedItemAndTheUnsubscribeLinkInTheMailWorksInTheBrowser() throws Exception {
        String item = "Nieuw dorpshuis geopend " + RUN;
        Newsletters.publishedItem("zhvkk", item, "<p>Het dorpshuis is open.</p>", false);
        String address = "lezer-" + RUN + "@dorp.example";
        String person = Newsletters.contact("zhvkk", Newsletters.organisation("zhvkk"), address, true, false);
        String title = "Voorjaarsbrief " + RUN;

        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:newsletters"));
        browser.findElement(By.id("nav:newsletters")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:title"))).sendKeys(title);
        browser.findElement(By.id("create:createButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:intro")))
                .sendKeys("Beste leden, dit is ons nieuws.");
        browser.findElement(By.xpath("//input[@title='Toevoegen: " + item + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), item));
        browser.findElement(By.id("composer:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "opgeslagen"));
        String preview = browser.findElement(By.id("previewText")).getText();
        assertTrue(preview.contains(item) && preview.contains("Beste leden"), preview);

        browser.findElement(By.id("composer:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sending:counts")));
        MimeMessage mail = TestMail.awaitSubject(address, title);
        assertTrue(TestMail.text(mail).contains(item), TestMail.text(mail));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("sending:sent"), "0")));

        Matcher link = LINK.matcher(mail.getHeader("List-Unsubscribe", null));
        assertTrue(link.find(), mail.getHeader("List-Unsubscribe", null));
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + link.group(1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsubscribe")));
        assertEquals("true", consent(person), "opening the link changes nothing");
        browser.findElement(By.id("unsubscribe")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "U bent afgemeld"));
        assertEquals("false", consent(person));
    }

    private static String consent(String person) {
        return Database.single(
                "select (newsletter_consent_on is not null)::text from contact_person where id = ?::uuid", person);
    }
}

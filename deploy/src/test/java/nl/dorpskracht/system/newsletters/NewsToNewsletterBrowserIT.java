package nl.dorpskracht.system.newsletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 end to end in Chromium: a ZHVKK member submits news in the portal, ZHVKK's admin approves it from the news
 * page's "te beoordelen", members see it in the portal, the admin sends it in a newsletter, the mail arrives with the
 * item in its HTML, and the unsubscribe link in that HTML withdraws the consent of that contact person at ZHVKK only —
 * the same address at VKKL keeps its consent.
 */
public class NewsToNewsletterBrowserIT {

    private static final Pattern LINK = Pattern.compile("href=\"https?://[^/\"]+(/afmelden/zhvkk/[A-Za-z0-9_-]+)\"");

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final String run = Long.toString(System.nanoTime(), 36);
    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @AfterEach
    public void localAgain() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
    }

    @Test
    public void submittedNewsIsApprovedShownToMembersSentAsNewsletterAndUnsubscribedFromInOneAssociationOnly()
            throws Exception {
        String title = "Ingestuurd dorpsnieuws " + run;
        String address = "keten-" + run + "@dorp.example";
        String zhvkkReader = Newsletters.contact("zhvkk", Newsletters.organisation("zhvkk"), address, true, false);
        String vkklReader = Newsletters.contact("vkkl", Newsletters.organisation("vkkl"), address, true, false);

        String id = memberSubmits(title);
        adminApprovesFromToReview(title, id);
        membersSeeIt(title);
        String newsletter = "Nieuwsbrief keten " + run;
        adminSends(newsletter, title);

        MimeMessage mail = TestMail.awaitSubject(address, newsletter);
        String html = TestMail.html(mail).orElseThrow(() -> new AssertionError("the newsletter has an HTML part"));
        assertTrue(html.contains(title), html);
        Matcher link = LINK.matcher(html);
        assertTrue(link.find(), "an unsubscribe link for ZHVKK in the HTML: " + html);

        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + link.group(1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsubscribe")));
        assertEquals("true", consent(zhvkkReader), "opening the link changes nothing");
        browser.findElement(By.id("unsubscribe")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "U bent afgemeld"));
        assertEquals("false", consent(zhvkkReader), "ZHVKK's consent is withdrawn");
        assertEquals("true", consent(vkklReader), "the same address at VKKL keeps its consent");
        assertEquals(List.of(newsletter), TestMail.subjects(address).stream().filter(s -> s.contains(run)).toList(),
                "one newsletter went to the address, ZHVKK's");
    }

    private String memberSubmits(String title) {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        open("/portal/nieuws-insturen.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:title"))).sendKeys(title);
        browser.findElement(By.id("submitForm:text")).sendKeys("De kern viert feest.\n\nIedereen is welkom.");
        browser.findElement(By.id("submitForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ingestuurd"));
        assertTrue(text("submissions").contains(title), text("submissions"));
        return Database.single("select id from news_item where tenant_id = 'zhvkk' and title = ?", title);
    }

    private void adminApprovesFromToReview(String title, String id) {
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        open("/admin/news.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toReview")));
        assertTrue(text("toReview").matches("(?s).*Te beoordelen: [1-9][0-9]* ingestuurde berichten.*"),
                text("toReview"));
        browser.findElement(By.id("showSubmitted")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:table")));
        new Select(browser.findElement(By.id("list:status"))).selectByValue("SUBMITTED");
        WebElement table = browser.findElement(By.id("list:table"));
        browser.findElement(By.id("list:filter")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        // newest first, so the item just submitted is on the first page of those waiting for review
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.urlContains("id=" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:publish")));
        assertTrue(text("preview").contains("Iedereen is welkom."), text("preview"));
        browser.findElement(By.id("steps:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geplaatst"));
        assertEquals("Geplaatst", text("status"));
    }

    private void membersSeeIt(String title) {
        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        assertTrue(text("news").contains(title), text("news"));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsTitle")));
        assertTrue(browser.getCurrentUrl().contains("/portal/nieuws.xhtml"), browser.getCurrentUrl());
        assertEquals(title, text("newsTitle"));
        assertTrue(text("body").contains("De kern viert feest."), text("body"));
    }

    private void adminSends(String newsletter, String item) {
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:newsletters"));
        browser.findElement(By.id("nav:newsletters")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:title"))).sendKeys(newsletter);
        browser.findElement(By.id("create:createButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("composer:intro")))
                .sendKeys("Beste leden, nieuws uit de kernen.");
        browser.findElement(By.xpath("//input[@title='Toevoegen: " + item + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), item));
        browser.findElement(By.id("composer:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "opgeslagen"));
        String preview = text("previewText");
        assertTrue(preview.contains(item) && preview.contains("Beste leden"), preview);
        browser.findElement(By.id("composer:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sending:counts")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void open(String page) {
        browser.get(RunningDorpskracht.get().baseUrl() + page);
    }

    private static String consent(String person) {
        return Database.single(
                "select (newsletter_consent_on is not null)::text from contact_person where id = ?::uuid", person);
    }
}

package nl.dorpskracht.system.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's news in Chromium: a ZHVKK contact person submits news for their organisation, ZHVKK's admin approves it on
 * the news page, and it appears in the member's portal; LVKK's national item appears under Landelijk for members of two
 * provinces; script in a title, body or file name is shown as text and never runs.
 */
public class NewsBrowserIT {

    private final String run = String.valueOf(System.nanoTime());
    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @AfterEach
    public void localAgain() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
        Portal.prefer(Portal.VKKL_MEMBER, "local");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void open(String page) {
        browser.get(RunningDorpskracht.get().baseUrl() + page);
    }

    @Test
    public void aMemberSubmitsNewsTheAdminApprovesItAndItAppearsInTheMembersPortal() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
        String title = "Dorpsfeest in de kern " + run;
        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        open("/portal/nieuws-insturen.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:title"))).sendKeys(title);
        browser.findElement(By.id("submitForm:text")).sendKeys("Het was een mooi feest.\n\nDank aan iedereen.");
        browser.findElement(By.id("submitForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ingestuurd"));
        assertTrue(text("submissions").contains(title), text("submissions"));
        assertTrue(text("submissions").contains("Ingestuurd, wordt beoordeeld"), text("submissions"));
        String id = Database.single("select id from news_item where title = ?", title);

        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        open("/admin/news.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toReview")));
        assertTrue(text("toReview").matches("(?s).*Te beoordelen: [1-9][0-9]* ingestuurde berichten.*"),
                text("toReview"));
        open("/admin/news-item.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:publish")));
        assertEquals("Goedkeuren en plaatsen", browser.findElement(By.id("steps:publish")).getAttribute("value"));
        assertTrue(text("preview").contains("Dank aan iedereen."), text("preview"));
        browser.findElement(By.id("steps:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geplaatst"));
        assertEquals("Geplaatst", text("status"));

        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        assertTrue(text("newsList").contains(title), text("newsList"));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsTitle")));
        assertEquals(title, text("newsTitle"));
        assertTrue(text("body").contains("Het was een mooi feest."), text("body"));
    }

    @Test
    public void aNationalLvkkItemAppearsUnderLandelijkForMembersOfTwoProvinces() {
        String title = "Landelijk nieuws voor iedereen " + run;
        NewsItems.published("lvkk", title, true);
        for (String member : List.of(Portal.ZHVKK_MEMBER, Portal.VKKL_MEMBER)) {
            Portal.prefer(member, "local");
            CHROMIUM.logIn(member, By.id("scope:local"));
            assertFalse(text("news").contains(title), "not under Mijn provincie");
            browser.findElement(By.id("scope:national")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
            String news = text("news");
            assertTrue(news.contains(title), member + ": " + news);
            assertTrue(news.contains("Landelijke Vereniging voor Kleine Kernen"), "the host is named: " + news);
            browser.findElement(By.linkText(title)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsTitle")));
            assertEquals("Landelijke Vereniging voor Kleine Kernen", text("host"));
        }
    }

    @Test
    public void scriptInTitleBodyAndFileNameIsShownAsTextAndNeverRuns() {
        String title = "<script>window.xssTitle=1</script><img src=x onerror=\"window.xssImg=1\"> " + run;
        String body = "<p>Veilig</p><img src=x onerror=\"window.xssBody=1\"><script>window.xssScript=1</script>"
                + "<a href=\"javascript:window.xssLink=1\" id=\"evil\">klik</a>";
        String id = NewsItems
                .publish("zhvkk", nl.dorpskracht.system.support.Api.as("admin@zhvkk.demo")
                        .postJson(NewsItems.path("zhvkk"), NewsItems.body(title, body, false, "MEMBERS")).json())
                .getString("id");
        String fileName = "<img src=x onerror=window.xssFile=1>.pdf";
        NewsItems.uploaded("zhvkk", id, "attachments", NewsItems.PDF, fileName);

        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        assertTrue(text("newsList").contains(title), "the title as text: " + text("newsList"));
        open("/portal/nieuws.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsTitle")));
        assertEquals(title, text("newsTitle"));
        assertTrue(text("attachments").contains(fileName), text("attachments"));
        assertTrue(browser.findElements(By.cssSelector("#body img, #body script, #newsTitle img")).isEmpty());
        browser.findElements(By.cssSelector("#body a"))
                .forEach(a -> assertFalse(String.valueOf(a.getAttribute("href")).startsWith("javascript:"),
                        a.getAttribute("href")));
        noScriptRan();

        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        open("/admin/news-item.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("itemTitle")));
        assertEquals(title, text("itemTitle"));
        open("/admin/news.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:table")));
        noScriptRan();
    }

    @Test
    public void anAdminAddsAnImageAndAnAttachmentOnTheItemPageAndAFakeImageIsRefused() throws Exception {
        String id = NewsItems.draft("zhvkk", "Met afbeelding " + run, false).getString("id");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("nieuws-", ".png");
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("nep-", ".png");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("notulen-", ".pdf");
        java.nio.file.Files.write(png, NewsItems.PNG);
        java.nio.file.Files.writeString(fake, "<svg onload=alert(1)>");
        java.nio.file.Files.write(pdf, NewsItems.PDF);
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        open("/admin/news-item.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files:image"))).sendKeys(fake.toString());
        browser.findElement(By.id("files:uploadImage")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "JPEG, PNG of WebP"));
        browser.findElement(By.id("files:image")).sendKeys(png.toString());
        browser.findElement(By.id("files:uploadImage")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "afbeelding is opgeslagen"));
        assertEquals(1, browser.findElements(By.cssSelector("#preview ~ *, img.news-image")).stream()
                .filter(e -> "img".equals(e.getTagName())).count());
        browser.findElement(By.id("files:attachment")).sendKeys(pdf.toString());
        browser.findElement(By.id("files:uploadAttachment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "bijlage is toegevoegd"));
        assertEquals("1", Database
                .single("select count(*) from news_file where news_id = ?::uuid and kind =" + " 'ATTACHMENT'", id));
        assertEquals("image/png", Database
                .single("select content_type from news_file where news_id = ?::uuid and" + " kind = 'IMAGE'", id));
    }

    private void noScriptRan() {
        Object ran = ((JavascriptExecutor) browser).executeScript("return [window.xssTitle, window.xssImg,"
                + " window.xssBody, window.xssScript, window.xssLink, window.xssFile].filter(x => x).length;");
        assertEquals(0L, ran, "no injected script ran");
    }
}

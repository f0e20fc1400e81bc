package nl.dorpskracht.system.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Documents;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's library in Chromium: a ZHVKK admin uploads a file into a new folder on the admin page; a ZHVKK contact
 * person finds it in the portal under that folder and downloads it (logged in ZHVKK); an LVKK national document shows
 * under Landelijk in two provinces. Titles and file names with markup stay text.
 */
public class DocumentsBrowserIT {

    private static final String LVKK = "Landelijke Vereniging voor Kleine Kernen";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @AfterEach
    public void backToLocal() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
        Portal.prefer(Portal.VKKL_MEMBER, "local");
    }

    @Test
    public void anAdminUploadsIntoAFolderAndAContactPersonDownloadsItFromThePortal() throws IOException {
        String run = Long.toString(System.nanoTime(), 36);
        String folder = "Browsermap " + run;
        String title = "<b>Agenda</b> \"ALV\" " + run;
        String content = "Agenda van de ALV " + run + "\n";
        Path file = Files.createTempFile(Path.of("target"), "agenda-", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        browser.findElement(By.id("nav:documents")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("addFolder:name"))).sendKeys(folder);
        browser.findElement(By.id("addFolder:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("folders"), folder));

        browser.findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:receivedName")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no upload: " + ((JavascriptExecutor) browser).executeScript(
                    "return document.getElementById('upload').outerHTML + ' | PF=' + (typeof PrimeFaces)"), e);
        }
        assertEquals(file.getFileName().toString(), browser.findElement(By.id("upload:receivedName")).getText());
        new Select(browser.findElement(By.id("upload:folderId"))).selectByVisibleText(folder);
        browser.findElement(By.id("upload:title")).sendKeys(title);
        browser.findElement(By.id("upload:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), title));
        WebElement table = browser.findElement(By.id("documents"));
        assertTrue(table.findElements(By.tagName("b")).isEmpty(), "the title's markup is text, not markup");
        String documentId = Database.single("select id from document where title = ?", title);
        assertEquals("zhvkk", Database.single("select tenant_id from document where id = ?::uuid", documentId));

        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("nav:portalDocuments"));
        browser.findElement(By.id("nav:portalDocuments")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library"), title));
        WebElement library = browser.findElement(By.id("library"));
        assertTrue(library.getText().contains(folder), "filed under its folder");
        assertTrue(library.findElements(By.tagName("b")).isEmpty());
        WebElement link = library.findElement(By.linkText(title));
        String fetched = fetch(link.getAttribute("href"));
        assertEquals("200|" + content, fetched);
        assertEquals(List.of("zhvkk"),
                Database.rows("select tenant_id from document_download where document_id = ?::uuid", documentId),
                "the portal's download is logged in the member's province");
    }

    @Test
    public void aNationalDocumentOfLvkkShowsUnderLandelijkInTwoProvinces() {
        String title = "Landelijke handreiking " + Long.toString(System.nanoTime(), 36);
        String folder = Documents.folder("lvkk", "Browser landelijk " + System.nanoTime()).getString("id");
        Documents.uploaded("lvkk", "Handreiking".getBytes(StandardCharsets.UTF_8),
                Map.of("fileName", "handreiking.txt", "folderId", folder, "national", "true", "title", title));
        for (String member : List.of(Portal.ZHVKK_MEMBER, Portal.VKKL_MEMBER)) {
            CHROMIUM.logIn(member, By.id("nav:portalDocuments"));
            browser.get(RunningDorpskracht.get().baseUrl() + "/portal/documents.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scope:local")));
            assertTrue(!browser.findElement(By.id("library")).getText().contains(title), "not a provincial document");
            browser.findElement(By.id("scope:national")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library"), title));
            assertTrue(browser.findElement(By.id("library")).getText().contains(LVKK), "the host is named");
            assertEquals("200|Handreiking", fetch(browser.findElement(By.linkText(title)).getAttribute("href")),
                    member);
        }
    }

    /** Fetches a link with the browser's own session, as a click on it would: status and text. */
    private String fetch(String href) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + '|' + t)))"
                        + ".catch(e => done('failed|' + e));", href);
    }
}

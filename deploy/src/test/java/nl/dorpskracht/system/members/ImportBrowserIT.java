package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A secretary imports a spreadsheet: one bad row is explained in Dutch, she fixes it, and the import goes through. */
public class ImportBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminImportsACsvWithOneBadRowSeesTheDutchErrorFixesItAndImports() throws IOException {
        String run = String.valueOf(System.nanoTime());
        String header = "naam;type;gemeente;regio;contactpersoon;contact e-mail\n";
        String good = "Dorpsraad Browserimport " + run + ";DORPSRAAD;Goeree-Overflakkee;Goeree-Overflakkee;Jan Jansen;"
                + "jan." + run + "@example.nl\n";
        String bad = "Dorpshuis Browserimport " + run + ";DORPSHUIS;Hoeksche Waard;Hoeksche Waard;Els de Boer;"
                + "els-at-example\n";
        Path file = Files.createTempFile(Path.of("target"), "leden", ".csv");
        Files.writeString(file, header + good + bad, StandardCharsets.UTF_8);

        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/import.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys("admin@zhvkk.demo");
        browser.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
        browser.findElement(By.linkText("Importeren")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:check")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        String errors = browser.findElement(By.id("errors")).getText();
        assertTrue(errors.contains("Regel 3, kolom contact e-mail: Dit is geen geldig e-mailadres."), errors);
        assertEquals("0", Database.single("select count(*) from member_organisation where name like ?", "%" + run));

        Files.writeString(file, header + good + bad.replace("els-at-example", "els." + run + "@example.nl"),
                StandardCharsets.UTF_8);
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "2 nieuwe organisaties"));
        browser.findElement(By.id("confirm:start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "2 organisaties toegevoegd"));
        assertEquals("2", Database.single(
                "select count(*) from member_organisation where name like ?" + " and tenant_id = 'zhvkk'", "%" + run));
        assertEquals("2", Database.single("select count(*) from contact_person c join member_organisation m"
                + " on m.id = c.organisation_id where m.name like ?", "%" + run));
    }
}

package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import nl.dorpskracht.testsupport.CamtFixture;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.Statements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bank statements page in Chromium: an entry that waits for review is assigned to an invoice with the keyboard only
 * (type the number, Tab to Koppelen, Enter); a member contact is kept out.
 */
public class BankStatementsBrowserIT {

    private static final String TENANT = "ovkk";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void theTreasurerAssignsAnEntryByKeyboard() {
        int year = Contributions.THIS_YEAR - 10;
        String iban = Statements.ownIban(TENANT, "NL02ABNA0123456789");
        JsonObject plan = Contributions.plan(TENANT, "Afschrift pagina " + Contributions.unique(), "FLAT", 1234);
        JsonObject member = Contributions.member(TENANT, "Dorpsraad Afschrift Pagina", "Dalfsen", 100);
        Contributions.assign(TENANT, member, plan, null);
        Contributions.run(TENANT, year);
        JsonObject invoice = Contributions.invoiceOf(TENANT, year, member.getString("name"));
        String words = "bijdrage pagina " + Contributions.unique();
        Statements.imported(TENANT, CamtFixture.v08().account(iban).ids("PAGINA-" + Contributions.unique(), "P")
                .credit("12.34", null, words, "Pagina Betaler", "NL02RABO0000000031").xml());

        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Bankafschriften")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bankafschriften"));
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '" + words + "')]]"));
        WebElement number = row.findElement(By.cssSelector("input[type='text']"));
        number.sendKeys(invoice.getString("number"));
        number.sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Koppelen", focused.getAttribute("value"), "Tab leads from the number to Koppelen");
        focused.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is gekoppeld aan factuur"));
        assertEquals("PAID", Database.single("select status from invoice where tenant_id = ? and id = ?::uuid", TENANT,
                invoice.getString("id")));
        assertTrue(browser.findElements(By.xpath("//tr[td[contains(., '" + words + "')]]")).isEmpty(),
                "the entry left the review list");
    }

    @Test
    public void aMemberContactSeesNoBankStatements() {
        CHROMIUM.logIn("member@vkkl.demo", By.id("nav:logout"));
        assertTrue(browser.findElements(By.linkText("Bankafschriften")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/bankafschriften.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("review:reviewTable")).isEmpty());
    }
}

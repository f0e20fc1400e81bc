package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bookkeeping page in Chromium: a treasurer's accounts, a wrong code told in Dutch beside its field and nothing
 * saved, the right one saved; a period the wrong way round refused; a member contact kept out.
 */
public class BookkeepingBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminSetsTheLedgerAccountsAndAWrongCodeIsToldBesideItsField() {
        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Boekhouding")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Boekhouding"));
        String before = Database.single(
                "select coalesce(max(debtors_account), 'geen') from ledger_accounts" + " where tenant_id = 'ovkk'");

        type("ledgerForm:debtorsAccount", "13 10");
        browser.findElement(By.id("ledgerForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Vul een rekeningnummer in"));
        assertTrue(browser.findElement(By.id("ledgerForm")).getText().contains("Vul een rekeningnummer in"));
        assertEquals(before, Database.single(
                "select coalesce(max(debtors_account), 'geen') from ledger_accounts" + " where tenant_id = 'ovkk'"));

        type("ledgerForm:debtorsAccount", "1310");
        browser.findElement(By.id("ledgerForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "zijn opgeslagen"));
        assertEquals("1310", Database.single("select debtors_account from ledger_accounts where tenant_id = 'ovkk'"));

        type("journalForm:from", "2026-12-31");
        type("journalForm:to", "2026-01-01");
        browser.findElement(By.id("journalForm:download")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Kies een periode"));
    }

    @Test
    public void aMemberContactSeesNoBookkeeping() {
        CHROMIUM.logIn("member@vkkl.demo", By.id("nav:logout"));
        assertTrue(browser.findElements(By.linkText("Boekhouding")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/boekhouding.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("ledgerForm")).isEmpty());
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        if (!"date".equals(field.getAttribute("type"))) {
            field.sendKeys(text);
            return;
        }
        // a date input takes keys in the browser's own order; the value is what the form posts
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field,
                text);
    }
}

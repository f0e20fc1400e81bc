package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reminder schedule and a municipality's address edited on the contributions page, in Chromium. */
public class InvoiceMailPagesBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminSetsTheReminderScheduleAndAMunicipalitysAddress() {
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        open();
        type("reminderForm:days", "1, 2, 3, 4, 5, 6");
        browser.findElement(By.id("reminderForm:saveReminders")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminderForm"), "Geef hoogstens 5"));

        type("reminderForm:days", "10 20");
        new Select(browser.findElement(By.id("reminderForm:tone"))).selectByValue("ZAKELIJK");
        browser.findElement(By.id("reminderForm:saveReminders")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Opgeslagen"));
        assertEquals("10,20|ZAKELIJK", Database
                .single("select days || '|' || tone from payment_reminder_schedule" + " where tenant_id = 'zhvkk'"));

        String municipality = Database.single("select municipality from member_organisation where tenant_id = 'zhvkk'"
                + " order by municipality limit 1");
        type("payerForm:municipality", municipality);
        type("payerForm:name", "Gemeente " + municipality + ", afdeling Subsidies");
        type("payerForm:email", "subsidies@gemeente.example");
        type("payerForm:postalCode", "2000 AB");
        browser.findElement(By.id("payerForm:savePayer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payerForm:payers"), "afdeling Subsidies"));
        assertEquals("subsidies@gemeente.example", Database.single(
                "select email from municipality_payer" + " where tenant_id = 'zhvkk' and municipality = lower(?)",
                municipality));

        // back as the demo has it
        open();
        type("reminderForm:days", "14, 30");
        new Select(browser.findElement(By.id("reminderForm:tone"))).selectByValue("VRIENDELIJK");
        browser.findElement(By.id("reminderForm:saveReminders")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Opgeslagen"));
        Database.execute("delete from municipality_payer where tenant_id = 'zhvkk' and municipality = lower(?)",
                municipality);
    }

    private void open() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/contributions.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminderForm:days")));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }
}

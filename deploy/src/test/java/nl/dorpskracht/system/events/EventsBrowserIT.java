package nl.dorpskracht.system.events;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The LVKK admin publishes a webinar for every province; the ZHVKK admin finds it under Landelijk, with its host. */
public class EventsBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    private void logIn(String email) {
        CHROMIUM.logIn(email, By.id("nav:logout"));
        browser.findElement(By.linkText("Agenda")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda:add")));
    }

    private void setDateTime(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    @Test
    public void aWebinarSharedWithAllIsFoundUnderLandelijkInAnotherProvince() {
        String title = "Webinar Zonnedaken " + System.nanoTime();
        logIn("admin@lvkk.demo");
        browser.findElement(By.id("agenda:add")).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("eventForm:type"))))
                .selectByValue("WEBINAR");
        browser.findElement(By.id("eventForm:title")).sendKeys(title);
        setDateTime("eventForm:startsAt", "2030-05-12T19:30");
        setDateTime("eventForm:endsAt", "2030-05-12T21:00");
        browser.findElement(By.id("eventForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventForm"),
                "Een webinar heeft een link nodig."));
        browser.findElement(By.id("eventForm:onlineLink")).sendKeys("https://webinar.example/zonnedaken");
        new Select(browser.findElement(By.id("eventForm:status"))).selectByValue("PUBLISHED");
        browser.findElement(By.id("eventForm:sharedWithAll")).click();
        browser.findElement(By.id("eventForm:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De bijeenkomst is opgeslagen."));
        assertTrue(browser.findElement(By.id("agenda:table")).getText().contains(title));

        logIn("admin@zhvkk.demo");
        assertFalse(browser.findElement(By.id("agenda")).getText().contains(title), "not under Mijn vereniging");
        browser.findElement(By.cssSelector("input[value=NATIONAL]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda:table"), title));
        assertTrue(browser.findElement(By.id("agenda:table")).getText()
                .contains("Landelijke Vereniging voor Kleine Kernen"));
        assertEquals("lvkk", Database.single("select tenant_id from event where title = ?", title));
    }
}

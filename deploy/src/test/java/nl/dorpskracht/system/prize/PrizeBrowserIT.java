package nl.dorpskracht.system.prize;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Prizes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ZHVKK admin goes from the agenda to the Dorpskrachtprijs of an ALV, opens the round, adds a nomination for a
 * member, starts the vote, sees the vote of a member in the results table and announces the result.
 */
public class PrizeBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminRunsThePrizeFromOpeningToTheAnnouncement() {
        String title = "ALV met prijs " + System.nanoTime();
        String alv = EventsIT.create("zhvkk", EventsIT.body(title, "ALV", "PUBLISHED", null)).getString("id");
        String initiative = "Pluktuin " + System.nanoTime();
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Agenda")).click();
        wait.until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("a[aria-label='Dorpskrachtprijs: " + title + "']"))).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("openForm:open"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De prijsronde is geopend."));
        assertEquals("Nomineren", browser.findElement(By.id("phase")).getText());

        String member = Database.single("select name from member_organisation where id = ?::uuid",
                Prizes.organisationOf("member@zhvkk.demo"));
        new Select(browser.findElement(By.id("nominationForm:memberId"))).selectByVisibleText(member);
        browser.findElement(By.id("nominationForm:initiative")).sendKeys(initiative);
        browser.findElement(By.id("nominationForm:village")).sendKeys("Mijnsheerenland");
        browser.findElement(By.id("nominationForm:nominate")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De nominatie is toegevoegd."));
        assertTrue(browser.findElement(By.id("nominations")).getText().contains(initiative));

        next("Stemmen");
        String nomination = Database.single("select id from prize_nomination where event_id = ?::uuid", alv);
        assertEquals(201, Prizes.vote(Api.as("member@zhvkk.demo"), "zhvkk", alv, nomination).status());
        browser.navigate().refresh();
        assertTrue(browser.getCurrentUrl().contains("event=" + alv), "the page keeps its address after an action");
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertTrue(results.getText().contains(initiative + " " + member + " 1"), results.getText());
        assertTrue(browser.findElement(By.id("voted")).getText().contains(member));

        next("Stemmen gesloten");
        next("Uitslag bekendgemaakt");
        assertEquals(200, Api.as("member@zhvkk.demo").get(Prizes.path("zhvkk", alv) + "/results").status());
    }

    private void next(String phase) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phaseForm:next"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase"), phase));
    }
}

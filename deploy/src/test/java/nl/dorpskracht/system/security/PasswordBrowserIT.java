package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Wachtwoord vergeten" as a person clicks it in Chromium: from the login page to the mail, the link, a new login. */
public class PasswordBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void forgotPasswordFromTheLoginPageToANewLogin() {
        PasswordIT.Login account = PasswordIT.freshAccount("ovkk");
        String base = RunningDorpskracht.get().baseUrl();

        browser.get(base + "/login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("forgot"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:email"))).sendKeys(account.email());
        browser.findElement(By.id("forgot:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sent"),
                "Als dit e-mailadres bij ons bekend is"));

        String token = PasswordIT.token(TestMail.awaitSubject(account.email(), "Nieuw wachtwoord kiezen"));
        String link = base + "/password/reset.xhtml?token=" + token;
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")))
                .sendKeys("appelboom in de wei");
        browser.findElement(By.id("reset:repeated")).sendKeys("appelboom in de wij");
        browser.findElement(By.id("reset:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "niet gelijk"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")))
                .sendKeys("appelboom in de wei");
        browser.findElement(By.id("reset:repeated")).sendKeys("appelboom in de wei");
        browser.findElement(By.id("reset:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"),
                "Uw nieuwe wachtwoord is opgeslagen"));

        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")))
                .sendKeys("nog een keer proberen");
        browser.findElement(By.id("reset:repeated")).sendKeys("nog een keer proberen");
        browser.findElement(By.id("reset:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "al gebruikt"));
        assertTrue(browser.findElement(By.id("again")).isDisplayed(), "points to a new link");

        browser.get(base + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(account.email());
        browser.findElement(By.id("login:password")).sendKeys("appelboom in de wei");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:myPassword"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change:current")));
        assertTrue(browser.findElement(By.id("everywhere:signOutEverywhere")).isDisplayed());
    }
}

package nl.dorpskracht.system.security;

import nl.dorpskracht.system.statistics.NationalStatisticsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
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
 * In Chromium: a platform administrator without a second factor is sent to enrol, scans (reads) the QR code's secret,
 * confirms with a code, sees the recovery codes once, logs in again with password and code, and makes, uses and revokes
 * a personal API token on the tokens page.
 */
public class SecondFactorBrowserIT {

    private static final String MUST_ENROL = "Voor uw rol is een tweede stap verplicht";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void aPlatformAdministratorEnrolsWithTheQrCodeThenLogsInWithACodeAndUsesAToken() {
        String email = SecondFactorSupport.account("browser", "lvkk:PLATFORM_ADMIN");
        logIn(email);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("required"), MUST_ENROL));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/national.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("required"), MUST_ENROL));

        browser.findElement(By.id("start:begin")).click();
        WebElement qr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr")));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", qr)).intValue() > 0);
        assertFalse(qr.getAttribute("alt").isBlank(), "the QR code is described for screen readers");
        String secret = browser.findElement(By.id("secret")).getText();
        browser.findElement(By.id("confirm:code")).sendKeys(SecondFactorSupport.code(secret, 0));
        browser.findElement(By.id("confirm:submit")).click();
        WebElement codes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
        assertEquals(10, codes.findElements(By.tagName("li")).size());

        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
        assertFalse(browser.getPageSource().contains(MUST_ENROL));
        browser.get(RunningDorpskracht.get().baseUrl() + "/account/second-factor.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolled")));
        assertTrue(browser.findElements(By.id("recoveryCodes")).isEmpty(), "the recovery codes are shown once");

        logIn(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code:value")))
                .sendKeys(SecondFactorSupport.code(secret, 1));
        browser.findElement(By.id("code:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));

        browser.get(RunningDorpskracht.get().baseUrl() + "/account/tokens.xhtml");
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:grant"))))
                .selectByValue("lvkk:PLATFORM_ADMIN");
        browser.findElement(By.id("create:name")).sendKeys("Cijfers ophalen");
        browser.findElement(By.id("create:submit")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenValue"))).getText();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        assertEquals(200, Api.anonymous().send("GET", NationalStatisticsIT.PATH, null, null, bearer).status());
        assertEquals("SECOND_FACTOR_ACCOUNT_USE_TOKEN", Api.as(email).get(NationalStatisticsIT.PATH).code());

        browser.get(RunningDorpskracht.get().baseUrl() + "/account/tokens.xhtml");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:table")));
        assertTrue(table.getText().contains("Cijfers ophalen"));
        assertFalse(browser.getPageSource().contains(token), "the value is not shown again");
        table.findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:table"), "Ingetrokken"));
        assertEquals("TOKEN_REFUSED",
                Api.anonymous().send("GET", NationalStatisticsIT.PATH, null, null, bearer).code());
    }

    private void logIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }
}

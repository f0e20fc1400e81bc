package nl.dorpskracht.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class TmpShotsIT {
    void shot(WebDriver b, String name) throws Exception {
        Files.write(Path.of("/tmp/shot-" + name + ".png"), ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void shots() throws Exception {
        Portal.sharedWithAll("lvkk", "Webinar Energie in het dorpshuis");
        String own = Portal.event("zhvkk", "Netwerkavond Mobiliteit", "THEME_MEETING", "PUBLISHED", null)
                .getString("id");
        Registrations.registerSelf("zhvkk", own, false);
        WebDriver b = Browsers.chromium();
        WebDriverWait w = new WebDriverWait(b, Duration.ofSeconds(20));
        try {
            b.manage().window().setSize(new Dimension(360, 1400));
            b.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
            w.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys("member@zhvkk.demo");
            b.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
            b.findElement(By.id("login:submit")).click();
            w.until(ExpectedConditions.presenceOfElementLocated(By.id("scope:local")));
            shot(b, "local");
            b.findElement(By.id("scope:national")).click();
            w.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
            shot(b, "national");
            b.findElement(By.linkText("Webinar Energie in het dorpshuis")).click();
            w.until(ExpectedConditions.presenceOfElementLocated(By.id("registration:register")));
            shot(b, "event");
            b.findElement(By.id("registration:register")).click();
            w.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "toestemming"));
            shot(b, "event-error");
            b.findElement(By.id("nav:portalRegistrations")).click();
            w.until(ExpectedConditions.presenceOfElementLocated(By.id("registrations")));
            shot(b, "registrations");
            b.manage().window().setSize(new Dimension(1280, 900));
            b.findElement(By.id("nav:portalAgenda")).click();
            w.until(ExpectedConditions.presenceOfElementLocated(By.id("scope:local")));
            shot(b, "wide");
        } finally {
            b.quit();
        }
    }
}

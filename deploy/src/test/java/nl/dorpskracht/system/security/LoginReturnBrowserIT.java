package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, item 7 in Chromium: whoever opens a protected page logged out is back on that page, with its query, after
 * logging in; a way back that leads anywhere but a page of this application (an open redirect) lands on the normal page
 * instead; and every role lands on a page of its own, nobody on an empty one.
 */
public class LoginReturnBrowserIT {

    private static final String RUN = String.valueOf(System.nanoTime());

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();
    private String base;

    @BeforeEach
    public void openBrowser() {
        base = RunningDorpskracht.get().baseUrl();
    }

    @Test
    public void afterLoggingInThePersonIsBackOnThePageTheyAskedForWithItsQuery() {
        String[] member = Database.single("select id || '|' || name from member_organisation where tenant_id = 'vkkl'"
                + " and status = 'ACTIVE' order by name limit 1").split("\\|", 2);
        String asked = "/admin/member.xhtml?id=" + member[0];
        browser.get(base + asked);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml?next="), browser.getCurrentUrl());
        logInHere("admin@vkkl.demo");
        wait.until(ExpectedConditions.urlToBe(base + asked));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), member[1]));

        browser.manage().deleteAllCookies();
        browser.get(base + "/regio/agenda.xhtml");
        logInHere("ambassadeur@vkkl.demo");
        wait.until(ExpectedConditions.urlToBe(base + "/regio/agenda.xhtml"));
        Axe.assertClean(browser, "regio/agenda after the way back");
    }

    @Test
    public void theWayBackSurvivesTheSecondFactorStep() {
        String email = SecondFactorSupport.account("terug", "vkkl:TENANT_ADMIN");
        String secret = SecondFactorSupport.enrolThroughApi(email);
        String asked = "/admin/events.xhtml";
        browser.get(base + asked);
        logInHere(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code:value")))
                .sendKeys(SecondFactorSupport.code(secret, 1));
        assertTrue(browser.getCurrentUrl().contains("next="), browser.getCurrentUrl());
        browser.findElement(By.id("code:submit")).click();
        wait.until(ExpectedConditions.urlToBe(base + asked));
    }

    @Test
    public void aWayBackToAnotherSiteLandsOnTheNormalPage() {
        List<String> attempts = List.of("//evil.example", "/\\evil.example", "https://evil.example",
                "%2F%2Fevil.example", "javascript:alert(document.domain)", "///evil.example", "/\\/evil.example",
                "\\\\evil.example", "http:evil.example", "/admin/../../evil", " //evil.example");
        Map<String, String> pages = new LinkedHashMap<>();
        for (String attempt : attempts) {
            pages.put(attempt, "/login.xhtml?next=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8));
        }
        pages.put("raw //", "/login.xhtml?next=//evil.example");
        pages.put("raw %2F%2F", "/login.xhtml?next=%2F%2Fevil.example");
        pages.put("raw /%5C", "/login.xhtml?next=/%5Cevil.example");
        pages.put("raw CR LF", "/login.xhtml?next=/admin/members.xhtml%0D%0ALocation:%20https://evil.example");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.manage().deleteAllCookies();
            browser.get(base + page.getValue());
            logInHere("admin@vkkl.demo");
            wait.until(ExpectedConditions.urlToBe(base + "/admin/members.xhtml"));
            assertEquals(URI.create(base).getAuthority(), URI.create(browser.getCurrentUrl()).getAuthority(),
                    page.getKey());
        }
        for (String forged : List.of("//evil.example", "https://evil.example", "/\\evil.example")) {
            browser.manage().deleteAllCookies();
            browser.get(base + "/login.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:next")));
            ((JavascriptExecutor) browser).executeScript("document.getElementById('login:next').value = arguments[0];",
                    forged);
            logInHere("admin@vkkl.demo");
            wait.until(ExpectedConditions.urlToBe(base + "/admin/members.xhtml"));
        }
    }

    @Test
    public void everyRoleLandsOnAPageOfItsOwnAndSomeoneWithoutARoleIsToldWhatToDo() {
        Map<String, String> landings = new LinkedHashMap<>();
        landings.put("admin@vkkl.demo", "/admin/members.xhtml");
        landings.put("national@lvkk.demo", "/admin/national.xhtml");
        landings.put("member@vkkl.demo", "/portal/");
        landings.put("ambassadeur@vkkl.demo", "/regio/leden.xhtml");
        String nobody = account("zonder.rol").split(" ")[0];
        landings.put(nobody, "/index.xhtml");
        for (Map.Entry<String, String> landing : landings.entrySet()) {
            browser.manage().deleteAllCookies();
            browser.get(base + "/login.xhtml");
            logInHere(landing.getKey());
            wait.until(ExpectedConditions.urlToBe(base + landing.getValue()));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noGrant")));
        assertTrue(browser.findElement(By.id("noGrant")).getText()
                .contains("Vraag de beheerder van uw vereniging om een uitnodiging."));
        Axe.assertClean(browser, "start page without a role");
    }

    /** A new account with the demo password and no grant; "email id". */
    private static String account(String name) {
        String email = name + "." + RUN + "@example.nl";
        UUID id = UUID.randomUUID();
        Database.execute("insert into account (id, email, display_name, password_hash) select ?, ?, 'Testpersoon',"
                + " password_hash from account where email = 'admin@vkkl.demo'", id, email);
        return email + " " + id;
    }

    private void logInHere(String email) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(RunningDorpskracht.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }
}

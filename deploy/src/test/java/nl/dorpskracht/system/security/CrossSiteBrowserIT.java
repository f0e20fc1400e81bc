package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real attack in Chromium: a logged-in administrator opens another site's page ({@code localhost} is another site
 * than {@code 127.0.0.1}), whose form posts itself to the contact login endpoint. No login may come of it.
 */
public class CrossSiteBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();
    private HttpServer otherSite;

    @BeforeEach
    public void open() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.start();
    }

    @AfterEach
    public void close() {
        otherSite.stop(0);
    }

    @Test
    public void aFormOnAnotherSiteCannotGiveAContactPersonALogin() throws SQLException {
        String member = Members.create("admin@vkkl.demo", "vkkl", "Dorpsraad Bezocht").getString("id");
        Api.Reply contact = Api.as("admin@vkkl.demo").postJson("/api/v1/vkkl/members/" + member + "/contacts",
                "{\"name\":\"Bert Bezocht\",\"email\":\"bert." + UUID.randomUUID().toString().substring(0, 8)
                        + "@example.nl\"}");
        assertEquals(201, contact.status(), contact.body());
        String target = RunningDorpskracht.get().baseUrl() + "/api/v1/vkkl/members/" + member + "/contacts/"
                + contact.json().getString("id") + "/login";
        serve("<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + target + "\"></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>");

        CHROMIUM.logIn("admin@vkkl.demo", By.id("members:table"));
        browser.get("http://localhost:" + otherSite.getAddress().getPort() + "/prijs.html");
        wait.until(ExpectedConditions.urlToBe(target));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        String answer = browser.findElement(By.tagName("body")).getText();
        assertTrue(answer.contains("CSRF_REFUSED") || answer.contains("NOT_AUTHENTICATED"), answer);
        assertEquals(null, accountOf(contact.json().getString("id")), "no login was given");
    }

    private void serve(String page) {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        otherSite.createContext("/prijs.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String accountOf(String contactId) throws SQLException {
        try (Connection superuser = RunningDorpskracht.get().superuser(); PreparedStatement query = superuser
                .prepareStatement("select account_id from contact_person where id = ?::uuid")) {
            query.setString(1, contactId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }
}

package nl.dorpskracht.system.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Fresh accounts with the demo password (arranged in the database, as other suites do), and the codes an authenticator
 * app would show, made from the secret with the same library as the server's.
 */
public final class SecondFactorSupport {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(
            Duration.ofSeconds(30), 6);
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    private SecondFactorSupport() {
    }

    /** A new account holding the given grants ({@code tenant:ROLE}); its e-mail address. */
    public static String account(String label, String... grants) {
        String email = label + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String id = UUID.randomUUID().toString();
        Database.execute("insert into account (id, email, display_name, password_hash) select ?::uuid, ?,"
                + " 'Tweede stap test', password_hash from account where email = 'admin@lvkk.demo'", id, email);
        for (String grant : grants) {
            String[] parts = grant.split(":");
            Database.execute("insert into account_grant (tenant_id, account_id, role) values (?, ?::uuid, ?)", parts[0],
                    id, parts[1]);
        }
        return email;
    }

    /** The code an app shows {@code stepsAhead} steps from now (0: now; 1: the next step, still in the window). */
    public static String code(String secret, int stepsAhead) {
        byte[] key = new Base32().decode(secret.replace(" ", "").toUpperCase(Locale.ROOT));
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(key, "HmacSHA1"),
                    Instant.now().plusSeconds(30L * stepsAhead), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enrols through the API with Basic (possible until the second factor is confirmed); the secret. */
    public static String enrolThroughApi(String email) {
        Api api = Api.as(email);
        Api.Reply begun = api.postJson("/api/v1/me/second-factor", "{}");
        if (begun.status() != 200) {
            throw new IllegalStateException(begun.status() + " " + begun.body());
        }
        String secret = begun.json().getString("secret");
        Api.Reply confirmed = api.postJson("/api/v1/me/second-factor/confirm",
                "{\"code\":\"" + code(secret, 0) + "\"}");
        if (confirmed.status() != 200) {
            throw new IllegalStateException(confirmed.status() + " " + confirmed.body());
        }
        return secret;
    }

    public static String secretOnPage(String body) {
        Matcher found = SECRET.matcher(body);
        if (!found.find()) {
            throw new IllegalStateException("no secret on the page: " + body);
        }
        return found.group(1);
    }

    /** Posts the login page's code step. */
    public static PageSession.Page typeCode(PageSession page, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", "code");
        form.put("code:value", code);
        form.put("code:submit", "Controleren");
        form.put("jakarta.faces.ViewState", page.get("/login.xhtml").viewState());
        return page.postForm("/login.xhtml", form);
    }

    /** Posts a form of the enrolment page: {@code start} or {@code confirm} with a code. */
    public static PageSession.Page enrolmentForm(PageSession page, String viewState, String form, String button,
            String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        if (code != null) {
            fields.put(form + ":code", code);
        }
        fields.put(form + ":" + button, button);
        fields.put("jakarta.faces.ViewState", viewState);
        return page.postForm("/account/second-factor.xhtml", fields);
    }
}

package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person at the other end of an invitation: reads the invitation mail at their address (the suite's server sends to
 * {@link TestMail}) and accepts its link through the public API, as the page behind the link does.
 */
public final class Invitees {

    /** A password long enough for the rules, for accounts the tests create. */
    public static final String PASSWORD = "lange-zin-als-wachtwoord";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private Invitees() {
    }

    /** The token of the newest invitation mailed to {@code email} after an invitation answer (202). */
    public static String token(Api.Reply invited, String email) {
        assertEquals(202, invited.status(), invited.body());
        JsonObject answer = invited.json();
        if (answer.containsKey("link") && !answer.isNull("link")) {
            return tokenOf(answer.getString("link"));
        }
        String hash = hashOf(answer.getString("invitationId"));
        MimeMessage mail = TestMail.await(email,
                message -> TestMail.subject(message).startsWith("Uitnodiging van")
                        && linkIn(TestMail.text(message)).map(link -> sha256(tokenOf(link)).equals(hash)).orElse(false),
                Duration.ofSeconds(30));
        return tokenOf(linkIn(TestMail.text(mail)).orElseThrow());
    }

    /** The stored hash of the invitation's token: the only trace of the token the database keeps. */
    public static String hashOf(String invitationId) {
        return Database.single("select encode(token_hash, 'hex') from invitation where id = cast(? as uuid)",
                invitationId);
    }

    public static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    /** Accepts with {@link #PASSWORD}; returns the accepting account's id. */
    public static String accept(Api.Reply invited, String email) {
        return accept(invited, email, PASSWORD);
    }

    public static String accept(Api.Reply invited, String email, String password) {
        Api.Reply accepted = acceptToken(token(invited, email), password);
        assertEquals(200, accepted.status(), accepted.body());
        return accepted.json().getString("accountId");
    }

    public static Api.Reply acceptToken(String token, String password) {
        JsonObject body = Json.createObjectBuilder().add("token", token).add("password", password).build();
        return Api.anonymous().postJson("/api/v1/invitations/accept", body.toString());
    }

    public static java.util.Optional<String> linkIn(String text) {
        Matcher link = LINK.matcher(text);
        return link.find() ? java.util.Optional.of(link.group()) : java.util.Optional.empty();
    }
}

package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/**
 * A login made with a one-time password reaches nothing before its owner chose a password of their own
 * ({@code must_change_password}): tests that use such a login choose one first, as the person would.
 */
public final class OwnPassword {

    private OwnPassword() {
    }

    /** Replaces the one-time password through the API and returns the new one. */
    public static String chosen(String email, String temporaryPassword) {
        String chosen = "eigen keuze " + UUID.randomUUID().toString().substring(0, 13);
        Api.Reply changed = Api.as(email, temporaryPassword).putJson("/api/v1/me/password",
                "{\"currentPassword\":\"" + temporaryPassword + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed.body());
        return chosen;
    }
}

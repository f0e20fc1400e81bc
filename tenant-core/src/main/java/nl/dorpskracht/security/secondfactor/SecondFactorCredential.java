package nl.dorpskracht.security.secondfactor;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a form login: the code typed after the password, or (empty code) the word that the login that was
 * sent to enrol has now enrolled. Only valid together with the {@link PendingLogin} of the same session.
 */
public record SecondFactorCredential(String code) implements Credential {
}

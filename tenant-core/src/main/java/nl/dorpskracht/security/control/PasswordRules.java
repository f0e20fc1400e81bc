package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;

/**
 * What a chosen password must be (NIST SP 800-63B): long enough, not absurdly long, no composition rules. Counted in
 * Unicode code points, so a passphrase in any script counts as typed.
 */
@ApplicationScoped
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public List<FieldError> check(String password) {
        List<FieldError> errors = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(FieldError.field("password", "password.tooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            errors.add(FieldError.field("password", "tooLong", MAX_LENGTH));
        }
        return errors;
    }
}

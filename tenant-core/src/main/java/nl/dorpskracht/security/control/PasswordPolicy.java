package nl.dorpskracht.security.control;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.entity.PasswordViolation;

/**
 * The rules for every password a person sets (after a reset, on a change, on accepting an invitation), after NIST SP
 * 800-63B section 5.1.1.2: at least {@value #MIN_LENGTH} characters counted as Unicode code points (so "ë" or an emoji
 * is one), at most {@value #MAX_LENGTH}, no composition rules (no "a digit and a capital"), and never a password from a
 * list of breached and common ones, nor one built from the context (the e-mail address, the name of the service),
 * repetitions or sequences.
 * <p>
 * The list and the estimate come from zxcvbn4j (Dropbox's zxcvbn for Java): its "passwords" dictionary holds the 30 000
 * most frequent passwords of Xato's corpus of ten million leaked passwords. A password that is, as a whole, one of
 * those (also in l33t or reversed) is {@code BREACHED}; one whose estimated guesses stay below 10^8 (zxcvbn score below
 * 3) is {@code TOO_PREDICTABLE}. Only passwords long enough are estimated: the estimate of 128 characters takes
 * milliseconds.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;
    private static final String PASSWORDS_DICTIONARY = "passwords";
    private static final List<String> SERVICE_WORDS = List.of("dorpskracht", "kleine kernen", "vkk", "lvkk");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Empty when the password may be used; otherwise every rule it breaks, the first the most basic. */
    public List<PasswordViolation> check(String password, String email) {
        List<PasswordViolation> violations = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
            return violations;
        }
        if (length > MAX_LENGTH) {
            violations.add(PasswordViolation.TOO_LONG);
            return violations;
        }
        Strength strength = zxcvbn.measure(password, context(email));
        if (isBreached(strength, password)) {
            violations.add(PasswordViolation.BREACHED);
        } else if (strength.getScore() < MIN_SCORE) {
            violations.add(PasswordViolation.TOO_PREDICTABLE);
        }
        return violations;
    }

    /** Refuses a password that breaks a rule: the first rule's code, every rule as an error of {@code field}. */
    public void require(String password, String email, String field) {
        List<PasswordViolation> violations = check(password, email);
        if (!violations.isEmpty()) {
            ProblemCode first = violations.get(0).code();
            throw new ProblemException(first, first.title(), violations.stream()
                    .map(violation -> FieldError.field(field, "problem." + violation.code().name())).toList());
        }
    }

    /** One match from the breached list that covers the whole password. */
    private static boolean isBreached(Strength strength, String password) {
        List<Match> sequence = strength.getSequence();
        if (sequence.size() != 1) {
            return false;
        }
        Match only = sequence.get(0);
        return only.pattern == Pattern.Dictionary && PASSWORDS_DICTIONARY.equals(only.dictionaryName)
                && only.tokenLength() == password.length();
    }

    /** The words an attacker who knows the person and the site tries first (NIST: "context-specific words"). */
    private static List<String> context(String email) {
        List<String> words = new ArrayList<>(SERVICE_WORDS);
        if (email != null && !email.isBlank()) {
            String address = email.trim().toLowerCase(Locale.ROOT);
            words.add(address);
            int at = address.indexOf('@');
            if (at > 0) {
                words.add(address.substring(0, at));
                for (String part : address.substring(0, at).split("[._+-]")) {
                    if (part.length() >= 3) {
                        words.add(part);
                    }
                }
                words.add(address.substring(at + 1));
            }
        }
        return words;
    }
}

package nl.dorpskracht.console.control;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A one-time password for the first platform administrator, and its hash in the very format and strength of the
 * application's {@code PasswordHasher} (Jakarta Security's PBKDF2: {@code algorithm:iterations:salt:hash}, Base64). The
 * command that needs it runs outside the server, where Jakarta Security is not at hand.
 */
public final class BootstrapPassword {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    private static final int BYTES = 32;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BootstrapPassword() {
    }

    /** 20 characters from 56 (about 116 bits), without look-alikes such as l, 1, O and 0: typed once, by hand. */
    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public static String hash(String password) {
        byte[] salt = new byte[BYTES];
        RANDOM.nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, BYTES * 8)).getEncoded();
            return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}

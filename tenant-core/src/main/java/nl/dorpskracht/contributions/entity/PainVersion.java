package nl.dorpskracht.contributions.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ISO 20022 version of the direct-debit file, chosen per creditor because banks differ: ABN AMRO takes both,
 * Rabobank and BNG Bank list only {@code pain.008.001.02}. The two differ, for what we write, in the namespace and in
 * the bank's element ({@code BIC} in .02, {@code BICFI} in .08); the order of the elements is the same.
 */
public enum PainVersion {
    V02("001.02", "BIC"), V08("001.08", "BICFI");

    private final String code;
    private final String bicElement;

    PainVersion(String code, String bicElement) {
        this.code = code;
        this.bicElement = bicElement;
    }

    public static final PainVersion DEFAULT = V02;

    /** As stored and as the API names it: {@code 001.02} or {@code 001.08}. */
    public String code() {
        return code;
    }

    public String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:pain.008." + code;
    }

    public String bicElement() {
        return bicElement;
    }

    public static Optional<PainVersion> of(String code) {
        String plain = code == null ? "" : code.strip().replaceFirst("^pain\\.008\\.", "");
        return Arrays.stream(values()).filter(version -> version.code.equals(plain)).findFirst();
    }
}

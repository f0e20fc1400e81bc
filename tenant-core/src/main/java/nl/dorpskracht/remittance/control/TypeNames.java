package nl.dorpskracht.remittance.control;

import java.util.Map;

/** Member types in Dutch, for the PDF and the CSV. */
public final class TypeNames {

    private static final Map<String, String> DUTCH = Map.of("DORPSRAAD", "Dorpsraad", "DORPSHUIS", "Dorpshuis",
            "ZORGCOLLECTIEF", "Zorgcollectief", "WIJKPLATFORM", "Wijkplatform", "OTHER", "Overig");

    private TypeNames() {
    }

    public static String of(String type) {
        return DUTCH.getOrDefault(type, type);
    }
}

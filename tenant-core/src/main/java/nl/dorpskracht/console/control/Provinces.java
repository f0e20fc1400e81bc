package nl.dorpskracht.console.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The twelve Dutch provinces with their CBS codes. Kept here until the municipality register's province table is the
 * one source; then {@link #find} asks that register instead.
 */
public final class Provinces {

    public record Province(String code, String name) {
    }

    public static final List<Province> ALL = List.of(new Province("PV20", "Groningen"), new Province("PV21", "Fryslân"),
            new Province("PV22", "Drenthe"), new Province("PV23", "Overijssel"), new Province("PV24", "Flevoland"),
            new Province("PV25", "Gelderland"), new Province("PV26", "Utrecht"), new Province("PV27", "Noord-Holland"),
            new Province("PV28", "Zuid-Holland"), new Province("PV29", "Zeeland"),
            new Province("PV30", "Noord-Brabant"), new Province("PV31", "Limburg"));

    private Provinces() {
    }

    /** By CBS code or by name, without regard to case or accents ("Friesland" is not a name CBS uses). */
    public static Optional<Province> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = plain(codeOrName);
        return ALL.stream().filter(p -> plain(p.code()).equals(wanted) || plain(p.name()).equals(wanted)).findFirst();
    }

    public static String nameOf(String code) {
        return find(code).map(Province::name).orElse(null);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}

package nl.dorpskracht.municipalities.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.municipalities.entity.Province;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CBS municipality register as read from its file, and the one rule by which a name somebody typed becomes a
 * municipality of it. The same rule serves the API, the member import, the pages and the migration of the free text
 * that came before, so "Gem. Molenlanden", "gemeente molenlanden" and "Molenlanden" are one place everywhere.
 * <p>
 * The file is also what the database's {@code municipality} table is loaded from, so both hold the same 342 rows.
 */
public final class MunicipalityNames {

    /** The register in force; a later one comes in a new file with a new migration, never by editing this one. */
    public static final String FILE = "/municipalities/gemeenten-2025.csv";
    public static final String SOURCE = "CBS, Gemeentelijke indeling op 1 januari 2025";

    private static final Pattern CODE = Pattern.compile("(?i)GM\\d{4}");
    private static final Pattern PREFIX = Pattern.compile("^(gemeente\\s+|gem\\.\\s*|gem\\s+)");
    /** CBS tells apart municipalities of one name by their province: "Bergen (L.)", "Bergen (NH.)". */
    private static final Pattern PROVINCE_MARK = Pattern.compile("\\s*\\((l|nh|o|z|zh|gld|u|fr|gr|dr|nb|fl)\\.?\\)$");
    /** Names people use that CBS does not write. */
    private static final Map<String, String> ALTERNATIVES = Map.of("den haag", "GM0518", "s gravenhage", "GM0518",
            "den bosch", "GM0796", "s hertogenbosch", "GM0796", "nuenen", "GM0820", "noordoost friesland", "GM1970",
            "zuidwest friesland", "GM1900", "tietjerksteradeel", "GM0737");

    private static final MunicipalityNames INSTANCE = read();

    private final Map<String, Municipality> byCode;
    private final Map<String, Province> provinces;
    /** Normalised name → every municipality it can mean (two for "bergen" without its province mark). */
    private final Map<String, List<Municipality>> byName = new HashMap<>();

    private MunicipalityNames(List<Municipality> all) {
        Map<String, Municipality> codes = new LinkedHashMap<>();
        Map<String, Province> provinceMap = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(Municipality::provinceCode)).forEach(
                m -> provinceMap.putIfAbsent(m.provinceCode(), new Province(m.provinceCode(), m.provinceName())));
        for (Municipality municipality : all) {
            codes.put(municipality.code(), municipality);
            String full = normalise(municipality.name());
            byName.computeIfAbsent(full, key -> new ArrayList<>()).add(municipality);
            String bare = PROVINCE_MARK.matcher(full).replaceFirst("");
            if (!bare.equals(full)) {
                byName.computeIfAbsent(bare, key -> new ArrayList<>()).add(municipality);
            }
        }
        ALTERNATIVES.forEach((name, code) -> byName.putIfAbsent(name, List.of(codes.get(code))));
        this.byCode = Map.copyOf(codes);
        this.provinces = provinceMap;
    }

    public static MunicipalityNames register() {
        return INSTANCE;
    }

    /** Every municipality, in the order of the file (alphabetical as CBS sorts). */
    public List<Municipality> all() {
        return List.copyOf(byCode.values().stream().sorted(Comparator.comparing(m -> sortKey(m.name()))).toList());
    }

    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Municipality> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The municipality a CBS code or a written name stands for, or empty when it names none or more than one. A name
     * shared by two municipalities ("Bergen") means the one in {@code preferredProvince} when there is one there.
     */
    public Optional<Municipality> match(String codeOrName, String preferredProvince) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        if (CODE.matcher(text).matches()) {
            return byCode(text);
        }
        List<Municipality> candidates = byName.getOrDefault(normalise(text), List.of());
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<Municipality> inProvince = candidates.stream()
                .filter(m -> m.provinceCode().equalsIgnoreCase(String.valueOf(preferredProvince))).toList();
        return inProvince.size() == 1 ? Optional.of(inProvince.get(0)) : Optional.empty();
    }

    /**
     * Case, accents, apostrophes, hyphens, spaces and a leading "Gem."/"Gemeente" made alike: "Gem. Súdwest-Fryslân"
     * and "sudwest fryslan" give the same key.
     */
    public static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        plain = plain.replaceAll("[-'`\u00b4_/,]", " ").replaceAll("\\s+", " ").strip();
        return PREFIX.matcher(plain).replaceFirst("").strip();
    }

    /** How CBS sorts: "'s-Gravenhage" under G. */
    private static String sortKey(String name) {
        return normalise(name).replaceFirst("^s ", "");
    }

    private static MunicipalityNames read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (InputStream in = MunicipalityNames.class.getResourceAsStream(FILE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Municipality> all = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                all.add(new Municipality(row.get("cbs_code"), row.get("name"), row.get("province_code"),
                        row.get("province")));
            }
            return new MunicipalityNames(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.dorpskracht.municipalities.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import nl.dorpskracht.municipalities.entity.Municipality;
import org.junit.jupiter.api.Test;

class MunicipalityNamesTest {

    private final MunicipalityNames register = MunicipalityNames.register();

    @Test
    void theRegisterOf2025Has342MunicipalitiesInTwelveProvinces() {
        assertEquals(342, register.all().size());
        assertEquals(12, register.provinces().size());
        Map<String, Long> perProvince = register.all().stream()
                .collect(Collectors.groupingBy(Municipality::provinceName, Collectors.counting()));
        // CBS: the number of municipalities per province on 1 January 2025
        assertEquals(
                Map.ofEntries(Map.entry("Groningen", 10L), Map.entry("Fryslân", 18L), Map.entry("Drenthe", 12L),
                        Map.entry("Overijssel", 25L), Map.entry("Flevoland", 6L), Map.entry("Gelderland", 51L),
                        Map.entry("Utrecht", 26L), Map.entry("Noord-Holland", 44L), Map.entry("Zuid-Holland", 50L),
                        Map.entry("Zeeland", 13L), Map.entry("Noord-Brabant", 56L), Map.entry("Limburg", 31L)),
                perProvince);
    }

    @Test
    void theMergersUpTo2025AreIn() {
        assertTrue(register.match("Weesp", null).isEmpty(), "Weesp joined Amsterdam in 2022");
        assertTrue(register.match("Brielle", null).isEmpty(), "Brielle is part of Voorne aan Zee since 2023");
        assertEquals("GM1992", code("Voorne aan Zee"));
        assertEquals("GM1982", code("Land van Cuijk"));
        assertEquals("GM1991", code("Maashorst"));
        assertEquals("GM1980", code("Dijk en Waard"));
        assertEquals("PV28", register.byCode("GM1978").orElseThrow().provinceCode());
    }

    @Test
    void aWrittenNameMatchesWhateverItsCaseAccentsPrefixOrSpacing() {
        for (String written : new String[] { "Molenlanden", "Gem. Molenlanden", "gem.molenlanden",
                "Gemeente Molenlanden", "  MOLENLANDEN ", "gm1978" }) {
            assertEquals("GM1978", code(written), written);
        }
        assertEquals("GM1900", code("sudwest fryslan"));
        assertEquals("GM0518", code("Den Haag"));
        assertEquals("GM0518", code("\u2019s-Gravenhage"));
        assertEquals("GM0796", code("Den Bosch"));
        assertEquals("GM1652", code("Gemert-Bakel"), "a name that begins with 'Gem' is not a prefix");
    }

    @Test
    void aNameOfTwoMunicipalitiesMeansTheOneInTheTenantsProvinceOrNone() {
        assertTrue(register.match("Bergen", null).isEmpty());
        assertEquals("GM0893", register.match("Bergen", "PV31").orElseThrow().code());
        assertEquals("GM0373", register.match("Bergen (NH.)", "PV31").orElseThrow().code());
        assertEquals("GM0888", code("Beek"), "one Beek is left, so its province mark may be left out");
        assertTrue(register.match("Atlantis", null).isEmpty());
        assertTrue(register.match("GM9999", null).isEmpty());
    }

    private String code(String written) {
        return register.match(written, null).map(Municipality::code).orElse(null);
    }
}

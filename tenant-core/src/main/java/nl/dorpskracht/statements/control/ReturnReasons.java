package nl.dorpskracht.statements.control;

import java.util.Map;

/** The common SEPA return reasons in plain Dutch, for the entry and the invoice. */
public final class ReturnReasons {

    private static final Map<String, String> DUTCH = Map.ofEntries(Map.entry("AC01", "Rekeningnummer onjuist"),
            Map.entry("AC04", "Rekening opgeheven"), Map.entry("AC06", "Rekening geblokkeerd"),
            Map.entry("AC13", "Rekening van een consument (geen zakelijke incasso)"),
            Map.entry("AG01", "Incasso niet toegestaan op deze rekening"),
            Map.entry("AG02", "Ongeldige transactiecode of bestandsformaat"), Map.entry("AM04", "Onvoldoende saldo"),
            Map.entry("AM05", "Dubbele incasso"), Map.entry("BE05", "Incassant onbekend bij de bank"),
            Map.entry("FF01", "Ongeldig bestandsformaat"), Map.entry("MD01", "Geen machtiging"),
            Map.entry("MD02", "Machtigingsgegevens ontbreken of kloppen niet"),
            Map.entry("MD06", "Terugboeking op verzoek van de betaler"), Map.entry("MD07", "Rekeninghouder overleden"),
            Map.entry("MS02", "Geweigerd door de betaler"),
            Map.entry("MS03", "Geweigerd door de bank (reden niet opgegeven)"), Map.entry("RC01", "BIC onjuist"),
            Map.entry("RR01", "Gegevens van de betaler ontbreken"),
            Map.entry("RR02", "Naam of adres van de betaler ontbreekt"),
            Map.entry("RR03", "Naam of adres van de incassant ontbreekt"), Map.entry("RR04", "Wettelijke reden"),
            Map.entry("SL01", "Specifieke dienst van de bank van de betaler (incassoblokkade)"));

    private ReturnReasons() {
    }

    /** The Dutch text of a reason code; an unknown code shows as itself. */
    public static String dutch(String code) {
        if (code == null) {
            return null;
        }
        return DUTCH.getOrDefault(code, "Reden " + code);
    }
}

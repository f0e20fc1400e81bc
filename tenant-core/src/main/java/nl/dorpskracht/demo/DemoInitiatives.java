package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeVisibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small Projectenbank per province: dorpshuizen, buurtbussen, energiecoöperaties, jongerenraden, zorgcoöperaties,
 * with every visibility, so the shared view and the public pages have something to show.
 */
@ApplicationScoped
public class DemoInitiatives {

    private static final Logger LOG = Logger.getLogger(DemoInitiatives.class.getName());

    /** One demo initiative: tenant, organisation and its type, and what is told. */
    record DemoInitiative(String tenant, String organisation, String memberType, InitiativeDetails details) {
    }

    static final List<DemoInitiative> INITIATIVES = List.of(
            of("vkkl", "Stichting Dorpshuis Kessel", "DORPSHUIS", "Kessel", "GM1894", "Dorpshuis in eigen beheer",
                    "Vrijwilligers namen het dorpshuis over van de gemeente.", List.of("ontmoeting", "voorzieningen"),
                    2021, "185000", true, InitiativeVisibility.PUBLIC,
                    "Begin met een sluitende begroting en een vaste groep van tien vrijwilligers."),
            of("vkkl", "Dorpsraad Epen", "DORPSRAAD", "Epen", "GM1729", "Buurtbus Epen-Gulpen",
                    "Een buurtbus met vrijwillige chauffeurs verbindt Epen met Gulpen.", List.of("mobiliteit"), 2019,
                    "42000", true, InitiativeVisibility.ALL, "Zoek chauffeurs via de sportclub en de kerk."),
            of("vkkl", "Dorpsraad Koningsbosch", "DORPSRAAD", "Koningsbosch", "GM1711", "Jongerenraad Koningsbosch",
                    "Jongeren van 14 tot 21 adviseren de dorpsraad.", List.of("jongerenparticipatie"), 2023, "1500",
                    false, InitiativeVisibility.ALL, "Laat jongeren zelf de agenda maken, niet de dorpsraad."),
            of("vkkl", "Dorpsraad Belfeld", "DORPSRAAD", "Belfeld", "GM0983", "Energiecoöperatie Belfeld",
                    "Zonnedaken op de school en de sporthal, de opbrengst gaat naar het dorp.",
                    List.of("energie", "duurzaamheid"), 2022, "310000", true, InitiativeVisibility.PUBLIC,
                    "Een postcoderoos-regeling maakt meedoen makkelijk voor huurders."),
            of("zhvkk", "Zorgcoöperatie Strijen", "ZORGCOLLECTIEF", "Strijen", "GM1963", "Zorgcoöperatie Strijen",
                    "Bewoners regelen samen hulp bij het huishouden, vervoer en een maaltijdservice.", List.of("zorg"),
                    2020, "25000", true, InitiativeVisibility.ALL,
                    "Maak vanaf het begin afspraken met de gemeente over de Wmo."),
            of("zhvkk", "Dorpsraad Goudriaan", "DORPSRAAD", "Goudriaan", "GM1978", "Buurtbus Molenlanden",
                    "Een buurtbuslijn door de kleine kernen van Molenlanden.", List.of("mobiliteit"), 2018, "60000",
                    true, InitiativeVisibility.PUBLIC, "Een vaste dienstregeling werkt beter dan een belbus."),
            of("zhvkk", "Stichting Dorpshuis Stolwijk", "DORPSHUIS", "Stolwijk", "GM1931", "Dorpshuis als huiskamer",
                    "Elke ochtend open inloop met koffie in het dorpshuis.", List.of("ontmoeting", "zorg"), 2022,
                    "3000", false, InitiativeVisibility.OWN, "Een vaste gastvrouw maakt het verschil."),
            of("zhvkk", "Dorpsraad Ouddorp", "DORPSRAAD", "Ouddorp", "GM1924", "Energiecoöperatie Ouddorp",
                    "Een windmolen van en voor de inwoners.", List.of("energie"), 2021, "1250000", true,
                    InitiativeVisibility.ALL, "Betrek omwonenden vóór de vergunningaanvraag."),
            of("ovkk", "Dorpsraad Weerselo", "DORPSRAAD", "Weerselo", "GM1774", "Jongerenraad Dinkelland",
                    "Jongeren uit vijf kernen organiseren hun eigen activiteiten.",
                    List.of("jongerenparticipatie", "cultuur"), 2024, "5000", true, InitiativeVisibility.ALL,
                    "Een klein eigen budget geeft jongeren echte zeggenschap."),
            of("ovkk", "Zorgcoöperatie Markelo", "ZORGCOLLECTIEF", "Markelo", "GM1735", "Zorgcoöperatie Markelo",
                    "Zorg dichtbij, met een eigen wijkverpleegkundige en vrijwilligers.", List.of("zorg", "wonen"),
                    2019, "80000", true, InitiativeVisibility.PUBLIC, "Werk samen met de huisarts vanaf dag één."),
            of("ovkk", "Dorpsraad Buurse", "DORPSRAAD", "Buurse", "GM0158", "Levensloopbestendig wonen in Buurse",
                    "Tien seniorenwoningen in het dorp, zodat ouderen kunnen blijven.", List.of("wonen"), 2023,
                    "2100000", false, InitiativeVisibility.ALL, "Een eigen woningbouwvereniging geeft zeggenschap."),
            of("ovkk", "Dorpsraad Vriezenveen", "DORPSRAAD", "Vriezenveen", "GM1700", "Dorpsbus Twenterand",
                    "Een elektrische dorpsbus voor boodschappen en ziekenhuisbezoek.",
                    List.of("mobiliteit", "duurzaamheid"), 2022, "55000", true, InitiativeVisibility.OWN,
                    "Laad de bus op met stroom van het eigen zonnedak."));

    private static DemoInitiative of(String tenant, String organisation, String type, String place, String municipality,
            String title, String summary, List<String> themes, int year, String costs, boolean subsidised,
            InitiativeVisibility visibility, String lessons) {
        return new DemoInitiative(tenant, organisation, type,
                new InitiativeDetails(null, place, municipality, title, summary,
                        "Het dorp leefbaar houden: " + summary.toLowerCase(java.util.Locale.ROOT),
                        "Een werkgroep van bewoners, ondersteund door de dorpsraad en de vereniging.",
                        "Het loopt: " + summary, new BigDecimal(costs),
                        subsidised ? "Subsidie van provincie en gemeente," + " aangevuld met eigen bijdragen"
                                : "Eigen bijdragen en sponsoring door ondernemers",
                        subsidised, lessons, themes, year, visibility));
    }

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoInitiativeWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 860) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (String tenant : List.of("vkkl", "zhvkk", "ovkk")) {
            added += writer.addMissing(tenant,
                    INITIATIVES.stream().filter(initiative -> initiative.tenant().equals(tenant)).toList());
        }
        LOG.info("Demo initiatives present: " + added + " added");
    }
}

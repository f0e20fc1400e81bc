package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vraag &amp; aanbod in the demo: a few volunteers per province (some findable in other provinces) and a few open
 * requests of existing members, so suggestions across provinces show at once. Names and addresses are invented.
 */
@ApplicationScoped
public class DemoVraagEnAanbod {

    private static final Logger LOG = Logger.getLogger(DemoVraagEnAanbod.class.getName());

    /** One demo volunteer. */
    record DemoVolunteer(String name, String email, List<String> skills, String region, String municipality,
            String availability, String limits, boolean findable, String about) {
    }

    /** One demo request, for the province's n-th member by name. */
    record DemoRequest(int member, String title, String description, List<String> skills, String place) {
    }

    static List<DemoVolunteer> volunteersOf(String tenant) {
        return switch (tenant) {
        case "vkkl" -> List.of(
                new DemoVolunteer("Marij Hendrix", "marij.hendrix@vrijwilliger.demo", List.of("juridisch", "bestuur"),
                        "Noord-Limburg", "Venlo", "doordeweeks overdag", "hooguit 6 uur per maand", true,
                        "Oud-notarisklerk; help graag met statuten en huurcontracten."),
                new DemoVolunteer("Sjra Peeters", "sjra.peeters@vrijwilliger.demo", List.of("techniek", "vervoer"),
                        "Noord-Limburg", "Horst aan de Maas", "zaterdagen", "niet in de winter", false,
                        "Klusser en chauffeur voor de buurtbus."),
                new DemoVolunteer("Anouk Janssen", "anouk.janssen@vrijwilliger.demo",
                        List.of("communicatie", "fotografie-video", "ict"), "Zuid-Limburg", "Heerlen", "avonden",
                        "hooguit 4 uur per maand", true, "Maakt websites en nieuwsbrieven voor verenigingen."));
        case "zhvkk" -> List.of(
                new DemoVolunteer("Pieter de Graaf", "pieter.degraaf@vrijwilliger.demo",
                        List.of("subsidies", "fondsenwerving", "projectmanagement"), "Hoeksche Waard", "Hoeksche Waard",
                        "doordeweeks", "niet in de schoolvakanties", true,
                        "Schreef de subsidieaanvraag voor ons dorpshuis; deelt graag wat werkte."),
                new DemoVolunteer("Ingrid Verhoef", "ingrid.verhoef@vrijwilliger.demo", List.of("zorg", "evenementen"),
                        "Alblasserwaard", "Molenlanden", "woensdagmiddag", "hooguit 8 uur per maand", false,
                        "Organiseert koffieochtenden en een dorpsmaaltijd."),
                new DemoVolunteer("Kees Bakker", "kees.bakker@vrijwilliger.demo", List.of("financien", "bestuur"),
                        "Krimpenerwaard", "Krimpenerwaard", "avonden", "alleen op afstand", false,
                        "Penningmeester van twee stichtingen."));
        case "ovkk" -> List.of(
                new DemoVolunteer("Gerrit Nijhuis", "gerrit.nijhuis@vrijwilliger.demo", List.of("techniek", "ict"),
                        "Twente", "Tubbergen", "vrijdagen", "niet in het weekend", true,
                        "Elektricien, helpt met zonnepanelen op het dorpshuis."),
                new DemoVolunteer("Fenna Oude Luttikhuis", "fenna.ol@vrijwilliger.demo",
                        List.of("onderwijs", "communicatie"), "Salland", "Raalte", "doordeweeks",
                        "hooguit 10 uur per maand", false, "Oud-juf; geeft taal- en computerles."));
        default -> List.of();
        };
    }

    static List<DemoRequest> requestsOf(String tenant) {
        return switch (tenant) {
        case "vkkl" -> List.of(
                new DemoRequest(0, "Hulp bij nieuwe statuten",
                        "Onze stichting wil een vereniging worden. Wie kijkt" + " mee naar de statuten?",
                        List.of("juridisch", "bestuur"), null),
                new DemoRequest(1, "Website voor het gemeenschapshuis",
                        "De oude website is verouderd. Wie helpt" + " een eenvoudige nieuwe te maken?",
                        List.of("ict", "communicatie"), null));
        case "zhvkk" -> List.of(
                new DemoRequest(0, "Subsidie voor de verduurzaming van het dorpshuis",
                        "We zoeken iemand die" + " ervaring heeft met fondsen en subsidies voor isolatie.",
                        List.of("subsidies", "fondsenwerving"), null),
                new DemoRequest(1, "Chauffeurs voor de buurtbus", "Twee ochtenden per week naar de markt.",
                        List.of("vervoer"), null));
        case "ovkk" -> List.of(new DemoRequest(0, "Zonnepanelen op het dorpshuis",
                "Wie helpt de offertes te" + " vergelijken en het project te begeleiden?",
                List.of("techniek", "projectmanagement"), null));
        default -> List.of();
        };
    }

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoVraagEnAanbodWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (String code : List.of("vkkl", "zhvkk", "ovkk")) {
            try {
                added += writer.addMissing(code, volunteersOf(code), requestsOf(code));
            } catch (RuntimeException e) {
                LOG.warning("Demo vraag & aanbod not added for " + code + ": " + e.getClass().getSimpleName());
            }
        }
        LOG.info("Demo vraag & aanbod present: " + added + " added");
    }
}

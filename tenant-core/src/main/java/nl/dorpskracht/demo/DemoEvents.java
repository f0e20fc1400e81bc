package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A demo agenda, seeded idempotently (by title) when {@code DORPSKRACHT_DEMO=true}, in the weeks after the first start:
 * LVKK's webinars and lecture for every province, the provinces' own meetings, one theme meeting Limburg shares with
 * Zuid-Holland only.
 */
@ApplicationScoped
public class DemoEvents {

    private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());

    static final List<DemoEvent> EVENTS = List.of(
            new DemoEvent("lvkk", EventType.WEBINAR, "Webinar: subsidies voor dorpshuizen",
                    "Welke regelingen zijn er, en hoe vraagt u ze aan? Met voorbeelden uit drie provincies.",
                    "Financiën", 14, null, "https://webinar.example/lvkk/subsidies", 100, List.of("*")),
            new DemoEvent("lvkk", EventType.LECTURE, "Leefbaarheidslezing",
                    "De jaarlijkse lezing over leefbaarheid in kleine kernen.", "Leefbaarheid", 35,
                    "Provinciehuis, Utrecht", null, 150, List.of("*")),
            new DemoEvent("zhvkk", EventType.OPPE_KOFFIE, "Oppe Koffie Goeree-Overflakkee",
                    "Kom langs voor koffie en verhalen uit de dorpen.", null, 10, "Dorpshuis Ouddorp", null, 25,
                    List.of()),
            new DemoEvent("zhvkk", EventType.ALV, "Algemene ledenvergadering voorjaar",
                    "Met de uitreiking van de Dorpskrachtprijs.", null, 42, "Dorpshuis Nieuw-Beijerland", null, null,
                    List.of()),
            new DemoEvent("vkkl", EventType.THEME_MEETING, "Themabijeenkomst wonen in kleine kernen",
                    "Hoe houden we jongeren en ouderen in het dorp?", "Wonen", 21, "Gemeenschapshuis Elsloo", null, 40,
                    List.of("zhvkk")),
            new DemoEvent("ovkk", EventType.WORKSHOP, "Workshop energiecoöperatie starten",
                    "Van idee tot eerste zonnedak, stap voor stap.", "Energie", 28, "Dorpshuis Heino", null, 20,
                    List.of()));

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoEventWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        EVENTS.forEach(writer::addMissing);
        LOG.info(() -> "Demo agenda present: " + EVENTS.size() + " events");
    }

    /** {@code sharedWith}: {@code *} for every tenant, or tenant codes. */
    record DemoEvent(String tenant, EventType type, String title, String description, String theme, int inDays,
            String location, String onlineLink, Integer capacity, List<String> sharedWith) {
    }
}

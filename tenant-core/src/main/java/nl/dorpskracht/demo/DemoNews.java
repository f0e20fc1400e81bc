package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo news, seeded idempotently (by title) when {@code DORPSKRACHT_DEMO=true}, after the members: LVKK's national
 * items (every province reads them under "Landelijk"), a few published items per province, a draft, and a member
 * organisation's submission waiting for review.
 */
@ApplicationScoped
public class DemoNews {

    private static final Logger LOG = Logger.getLogger(DemoNews.class.getName());

    static final List<DemoItem> ITEMS = List.of(
            new DemoItem("lvkk", true, Audience.PUBLIC, NewsStatus.PUBLISHED, 20,
                    "Kabinet erkent de rol van dorpshuizen als ontmoetingsplek",
                    "In de nieuwe beleidsbrief over leefbaarheid noemt het kabinet dorpshuizen met zoveel woorden.",
                    "<p>De Landelijke Vereniging voor Kleine Kernen is blij dat het kabinet de waarde van"
                            + " <strong>ontmoetingsplekken</strong> in de dorpen erkent.</p><h3>Wat betekent dit"
                            + " voor uw dorp?</h3><ul><li>Meer aandacht voor beheer en onderhoud</li><li>Ruimte voor"
                            + " vrijwilligers</li></ul>"),
            new DemoItem("lvkk", true, Audience.MEMBERS, NewsStatus.PUBLISHED, 6,
                    "Webinar: subsidies voor dorpshuizen slim aanvragen",
                    "Op het landelijke webinar leggen we uit welke regelingen er zijn en hoe u ze aanvraagt.",
                    "<p>Samen met de provinciale verenigingen organiseren we een webinar over subsidies."
                            + " Aanmelden kan via de agenda in het portaal.</p>"),
            new DemoItem("lvkk", false, Audience.MEMBERS, NewsStatus.DRAFT, 0, "Jaarverslag LVKK (concept)",
                    "Het concept van het jaarverslag.", "<p>Nog niet klaar.</p>"),
            new DemoItem("vkkl", false, Audience.PUBLIC, NewsStatus.PUBLISHED, 12,
                    "Dorpsraad Venlo-Noord opent nieuwe ontmoetingsplek",
                    "In het oude schoolgebouw is een huiskamer voor het hele dorp geopend.",
                    "<p>Na twee jaar verbouwen is het zover: de huiskamer van het dorp is open."
                            + " <em>Iedereen is welkom.</em></p>"),
            new DemoItem("vkkl", false, Audience.MEMBERS, NewsStatus.PUBLISHED, 3,
                    "Nieuwe ledenvergadering VKKL in het voorjaar",
                    "De algemene ledenvergadering vindt plaats in Roermond.",
                    "<p>Alle leden ontvangen binnenkort de stukken.</p>"),
            new DemoItem("vkkl", false, Audience.MEMBERS, NewsStatus.DRAFT, 0, "Terugblik op de Dorpskrachtprijs",
                    "Concept voor de nieuwsbrief.", "<p>De winnaars van dit jaar...</p>"),
            new DemoItem("zhvkk", false, Audience.PUBLIC, NewsStatus.PUBLISHED, 9,
                    "Kleine kernen aan tafel bij de provincie",
                    "ZHVKK sprak met gedeputeerden over wonen in de kleine kernen.",
                    "<p>Een goed gesprek over <strong>bouwen voor de eigen behoefte</strong> van het dorp.</p>"),
            new DemoItem("zhvkk", false, Audience.MEMBERS, NewsStatus.SUBMITTED, 0, "Dorpsfeest in Goeree groot succes",
                    "Meer dan 800 bezoekers kwamen naar het dorpsfeest.",
                    "<p>Dank aan alle vrijwilligers die het feest mogelijk maakten.</p>"),
            new DemoItem("ovkk", false, Audience.PUBLIC, NewsStatus.PUBLISHED, 15,
                    "Overijsselse dorpen delen hun energiecoöperaties",
                    "Vijf dorpen vertellen hoe zij hun eigen energie opwekken.",
                    "<p>Lees de verhalen van de energiecoöperaties in Dalfsen, Ommen en Hardenberg.</p>"));

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoNewsWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        ITEMS.forEach(writer::addMissing);
        LOG.info("Demo news present: " + ITEMS.size() + " items");
    }

    /** A news item of a demo tenant, published {@code daysAgo} days ago when it is published. */
    record DemoItem(String tenant, boolean national, Audience audience, NewsStatus status, int daysAgo, String title,
            String summary, String bodyHtml) {
    }
}

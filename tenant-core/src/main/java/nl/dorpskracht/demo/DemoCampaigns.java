package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.campaigns.entity.CampaignStatus;
import nl.dorpskracht.campaigns.entity.PositionInput;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo lobby campaigns, seeded idempotently (by title) when {@code DORPSKRACHT_DEMO=true}, after the target lists and
 * the members: LVKK's national letter to every municipal council ("Ontmoeting als antwoord", open, co-signed in every
 * province), VKKL's call on the political parties for the coalition programmes (letters sent, answers recorded) and a
 * ZHVKK draft. The texts follow the associations' own letters in {@code shared/seeds}.
 */
@ApplicationScoped
public class DemoCampaigns {

    private static final Logger LOG = Logger.getLogger(DemoCampaigns.class.getName());

    static final List<String> LIMBURG_PARTIES = List.of("CDA Limburg", "VVD Limburg", "PVV Limburg",
            "GroenLinks-PvdA Limburg", "SP Limburg", "D66 Limburg", "Lokaal Limburg");

    static final DemoCampaign ONTMOETING = new DemoCampaign("lvkk", true,
            "Ontmoeting als antwoord op maatschappelijke opgaven",
            "Een oproep aan alle gemeenteraden om bij kadernota en begroting te investeren in ontmoeting en dorpskracht.",
            """
                    Gemeenten staan voor stevige uitdagingen: zorgen over wonen, werk, zorg, veiligheid en een toenemend \
                    gevoel van eenzaamheid. Tegelijkertijd kampen veel gemeenten met een structureel tekort op de begroting. \
                    Er moeten keuzes worden gemaakt, keuzes die raken aan de haarvaten van onze samenleving.

                    Als Landelijke Vereniging voor Kleine Kernen maken wij ons zorgen over deze ontwikkelingen. Tegelijk \
                    zien wij een oplossingsrichting die relatief weinig kost en veel oplevert: investeren in ontmoeting en \
                    dorpskracht. Ontmoetingsplekken zijn geen luxe, maar noodzaak. Een open inloop verlaagt eenzaamheid, \
                    vrijwilligersinitiatieven ondersteunen mantelzorgers, en problemen worden eerder gesignaleerd.

                    Wij vragen u om bij het opstellen van kadernota's en begrotingen serieus te investeren in de kracht van \
                    ontmoeting. Wij gaan graag met u in gesprek over hoe dorpen kunnen bijdragen aan een gezonde, \
                    verbonden samenleving.""",
            "Met vriendelijke groet,\nnamens het bestuur,",
            List.of(new PositionInput("Er moet een plek zijn",
                    "Dorpshuizen, sportkantines, multifunctionele accommodaties: elk dorp heeft een eigen oplossing."
                            + " Voor het in stand houden van deze plekken is gemeentelijke steun onmisbaar, zeker nu ze"
                            + " ook als noodsteunpunt bij crisis of ramp dienen."),
                    new PositionInput("Ontmoeting moet worden georganiseerd",
                            "Sluit aan bij de energie die er lokaal al is. Dorpsraden, wijkplatforms en"
                                    + " vitaliteitscoöperaties staan klaar, maar hebben ruimte nodig om hun werk te doen."),
                    new PositionInput("Vertrouwen in de lokale aanpak",
                            "Ongeacht rechtsvorm of structuur: het gaat om impact.")),
            TargetKind.MUNICIPAL_COUNCIL, CampaignStatus.OPEN, 4);

    static final DemoCampaign COLLEGEPROGRAMMA = new DemoCampaign("vkkl", false,
            "Ruimte en vertrouwen voor bewonersinitiatieven in de collegeprogramma's",
            "VKKL en Spirato roepen de politieke partijen op om in de collegeprogramma's ruimte te geven aan inwoners"
                    + " die regie nemen over hun eigen leefomgeving.",
            """
                    In de dorpen en buurten zorgt men voor elkaar. Dat vraagt ruimte en vertrouwen van de overheid.

                    Namens onze leden roepen de Vereniging Kleine Kernen Limburg en Spirato, vereniging van \
                    gemeenschapshuizen Limburg, de politieke partijen op om in de collegeprogramma's ruimte en vertrouwen \
                    te geven aan inwoners in dorpen en buurten om regie te nemen over de eigen leefomgeving. Wij bieden \
                    graag aan om daarin mee te denken.

                    Wij, inwoners van dorpen en buurten in Limburg, geven daarvoor de volgende speerpunten mee.""",
            "Met vriendelijke groet,\nnamens het bestuur van VKKL en Spirato,", List.of(
                    new PositionInput("Benader bewonersinitiatieven met respect en bied ruimte voor ontwikkeling",
                            "Waardeer het kleine, alledaagse. Erken de essentiële rol van actieve burgers in zorg en"
                                    + " ondersteuning voor kwetsbare mensen."),
                    new PositionInput(
                            "Versterk de positie van bewonersinitiatieven bij aanbesteding van zorg en welzijn",
                            "Vergroot de bekendheid van het 'right to challenge' en creëer experimenteerruimte."),
                    new PositionInput("Maak het eenvoudiger en pak knelpunten daadkrachtig aan",
                            "Maatwerk als norm: ga uit van de mogelijkheden, niet van de beperkingen."),
                    new PositionInput("Geef steun waar die wordt gevraagd, en wees terughoudend waar dat niet zo is",
                            "Sluit aan bij de agenda, het tempo en de behoeften van actieve bewoners.")),
            TargetKind.POLITICAL_PARTY, CampaignStatus.SENT, 6);

    static final DemoCampaign OMGEVINGSBELEID = new DemoCampaign("zhvkk", false,
            "Kleine kernen in het provinciale omgevingsbeleid",
            "Een brief aan Provinciale Staten over wonen en voorzieningen in de kleine kernen van Zuid-Holland.",
            "Geachte Staten,\n\nDe kleine kernen van Zuid-Holland willen leefbaar blijven: met woningen voor jong en oud"
                    + " en voorzieningen dichtbij.",
            "Met vriendelijke groet,\nnamens het bestuur,",
            List.of(new PositionInput("Bouwen voor de eigen behoefte van het dorp", null),
                    new PositionInput("Behoud van voorzieningen in de kern", null)),
            TargetKind.PROVINCE, CampaignStatus.DRAFT, 0);

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoCampaignWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        writer.addTargets("vkkl", TargetKind.POLITICAL_PARTY, LIMBURG_PARTIES);
        for (DemoCampaign campaign : List.of(ONTMOETING, COLLEGEPROGRAMMA, OMGEVINGSBELEID)) {
            writer.addMissing(campaign).ifPresent(id -> {
                if (campaign.national()) {
                    for (String province : List.of("vkkl", "zhvkk", "ovkk")) {
                        writer.sign(province, campaign.tenant(), id, campaign.signersPerProvince());
                    }
                } else if (campaign.signersPerProvince() > 0) {
                    writer.sign(campaign.tenant(), campaign.tenant(), id, campaign.signersPerProvince());
                }
                if (campaign.status() == CampaignStatus.SENT) {
                    writer.send(campaign.tenant(), id);
                }
            });
        }
        LOG.info("Demo campaigns present: 3 campaigns");
    }

    /** A campaign that writes to every target of one kind on its tenant's list. */
    record DemoCampaign(String tenant, boolean national, String title, String summary, String body, String closing,
            List<PositionInput> positions, TargetKind writesTo, CampaignStatus status, int signersPerProvince) {
    }
}

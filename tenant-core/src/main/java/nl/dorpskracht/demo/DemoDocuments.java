package nl.dorpskracht.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.TenantKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small library per association: the folders the seeds name (ALV-stukken, Toolkit, Brochures, Sjablonen) with a few
 * generated files (a one-page PDF, a text file), and at LVKK national documents every province reads under
 * <i>Landelijk</i>.
 */
@ApplicationScoped
public class DemoDocuments {

    private static final Logger LOG = Logger.getLogger(DemoDocuments.class.getName());

    static final List<String> FOLDERS = List.of("ALV-stukken", "Toolkit", "Brochures", "Sjablonen");

    /** One demo file: which folder, title, file name, public or members only, national, and its text. */
    record DemoFile(String folder, String title, String fileName, boolean publicFile, boolean national, String text) {
    }

    static List<DemoFile> filesOf(String tenant, String name, boolean nationalTenant) {
        if (nationalTenant) {
            return List.of(
                    new DemoFile("Toolkit", "Handreiking ontmoeting in het dorp", "handreiking-ontmoeting.pdf", false,
                            true,
                            "Handreiking ontmoeting in het dorp\n\nZo organiseert u een open inloop, een"
                                    + " repaircafe of een dorpsmaaltijd: stap voor stap, met wat het kost."),
                    new DemoFile("Brochures", "Brochure Dorpskracht", "brochure-dorpskracht.pdf", true, true,
                            "Dorpskracht\n\nWat de Landelijke Vereniging voor Kleine Kernen doet voor dorpen."),
                    new DemoFile("Sjablonen", "Sjabloon brief aan de gemeenteraad", "sjabloon-brief-gemeenteraad.txt",
                            false, true,
                            "Geachte raad,\n\n[Naam dorp] vraagt uw aandacht voor ...\n\nMet vriendelijke"
                                    + " groet,\n[Naam dorpsraad]\n"),
                    new DemoFile("ALV-stukken", "Notulen bestuursvergadering LVKK", "notulen-bestuur.txt", false, false,
                            "Notulen van de bestuursvergadering (alleen voor LVKK).\n"));
        }
        return List.of(
                new DemoFile("ALV-stukken", "Agenda ALV voorjaar", "agenda-alv-voorjaar.pdf", false, false,
                        "Agenda algemene ledenvergadering " + name + "\n\n1. Opening\n2. Jaarverslag\n3. Decharge"
                                + " bestuur\n4. Dorpskrachtprijs\n5. Rondvraag"),
                new DemoFile("ALV-stukken", "Jaarverslag", "jaarverslag.txt", false, false,
                        "Jaarverslag " + name + "\n\nEen jaar vol bijeenkomsten, webinars en lobby.\n"),
                new DemoFile("Brochures", "Folder " + tenant.toUpperCase(java.util.Locale.ROOT),
                        "folder-" + tenant + ".pdf", true, false,
                        name + "\n\nWie wij zijn en wat wij voor kleine kernen doen."),
                new DemoFile("Toolkit", "Checklist dorpsbijeenkomst", "checklist-bijeenkomst.txt", false, false,
                        "Checklist dorpsbijeenkomst\n\n- zaal\n- koffie\n- uitnodiging\n- verslag\n"));
    }

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDocumentWriter writer;

    @Inject
    TenantRegistry registry;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (String code : List.of("lvkk", "vkkl", "zhvkk", "ovkk")) {
            var tenant = registry.find(code);
            if (tenant.isPresent()) {
                added += writer.addMissing(code, FOLDERS,
                        filesOf(code, tenant.get().name(), tenant.get().kind() == TenantKind.NATIONAL));
            }
        }
        LOG.info("Demo documents present: " + added + " added");
    }

    /** The text as bytes of the file's kind: a one-page PDF, or UTF-8 text. */
    static byte[] contentOf(DemoFile file) {
        if (!file.fileName().endsWith(".pdf")) {
            return file.text().getBytes(StandardCharsets.UTF_8);
        }
        Document document = new Document(PageSize.A4, 64, 64, 56, 56);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            for (String paragraph : file.text().split("\n")) {
                document.add(new Paragraph(paragraph.isEmpty() ? " " : paragraph));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}

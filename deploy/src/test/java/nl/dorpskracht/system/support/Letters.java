package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Campaigns, targets and co-signatures arranged with SQL as the database superuser, for the letter and outreach tests
 * (the campaign API is another part of the issue), and the letters read back: PDFs parsed with PDFBox, zips opened.
 */
public final class Letters {

    public static final String SOURCE = "CBS, Gemeentelijke indeling op 1 januari 2025";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Letters() {
    }

    public static String lettersPath(String tenant, String campaign) {
        return "/api/v1/" + tenant + "/campaigns/" + campaign + "/letters";
    }

    public static String outreachPath(String tenant, String campaign) {
        return "/api/v1/" + tenant + "/campaigns/" + campaign + "/outreach";
    }

    public static String targetsPath(String tenant) {
        return "/api/v1/" + tenant + "/targets";
    }

    public static String campaign(String tenant, String title, boolean national, String status) {
        String id = UUID.randomUUID().toString();
        Database.execute(
                "insert into campaign (tenant_id, id, title, summary, body, closing, status, national)"
                        + " values (?, ?::uuid, ?, ?, ?, ?, ?, ?)",
                tenant, id, title, "Samenvatting " + title,
                "Dorpen en kernen houden Nederland leefbaar.\n\nDaarom vragen wij u te investeren in ontmoeting.",
                "Wij gaan graag met u in gesprek.", status, national);
        return id;
    }

    public static void position(String tenant, String campaign, int position, String title, String explanation) {
        Database.execute("insert into campaign_position (tenant_id, campaign_id, position, title, explanation)"
                + " values (?, ?::uuid, ?, ?, ?)", tenant, campaign, position, title, explanation);
    }

    /** The id of a target of the tenant's list by its name. */
    public static String target(String tenant, String name) {
        String id = Database.single("select id from campaign_target where tenant_id = ? and name = ?", tenant, name);
        if (id == null) {
            throw new AssertionError("no target " + name + " in " + tenant);
        }
        return id;
    }

    public static String newTarget(String tenant, String kind, String name, String municipality) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into campaign_target (tenant_id, id, kind, name, municipality) values"
                + " (?, ?::uuid, ?, ?, ?)", tenant, id, kind, name, municipality);
        return id;
    }

    public static void address(String tenant, String campaign, String target) {
        Database.execute(
                "insert into campaign_addressee (tenant_id, campaign_id, target_id) values" + " (?, ?::uuid, ?::uuid)",
                tenant, campaign, target);
    }

    public static String member(String tenant, String name, String municipality) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality) values"
                + " (?, ?::uuid, ?, 'DORPSRAAD', ?)", tenant, id, name, municipality);
        return id;
    }

    /** A co-signature, held in the signing organisation's province. */
    public static void endorse(String province, String host, String campaign, String member, String name,
            String municipality) {
        Database.execute(
                "insert into endorsement (tenant_id, host_tenant, campaign_id, member_id, organisation_name,"
                        + " municipality) values (?, ?, ?::uuid, ?::uuid, ?, ?)",
                province, host, campaign, member, name, municipality);
    }

    public record Binary(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of("")).get(0);
        }
    }

    public static Binary bytes(String user, String path) {
        return bytes(RunningDorpskracht.get(), user, path);
    }

    public static Binary bytes(RunningDorpskracht server, String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(600));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF, with every run of white space as one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a zip file by name, in order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static void assertPdf(Binary reply) {
        assertEquals(200, reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
        assertTrue(reply.contentType().startsWith("application/pdf"), reply.contentType());
    }
}

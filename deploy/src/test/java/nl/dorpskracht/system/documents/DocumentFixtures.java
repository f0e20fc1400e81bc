package nl.dorpskracht.system.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small files of every kind the library takes, made here: real enough for a content check by magic bytes. */
public final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** File name → bytes, one of each allowed kind. */
    public static Map<String, byte[]> everyAllowedKind() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("notulen.pdf", pdf());
        files.put("verslag.docx", ooxml("word/document.xml"));
        files.put("begroting.xlsx", ooxml("xl/workbook.xml"));
        files.put("presentatie.pptx", ooxml("ppt/presentation.xml"));
        files.put("verslag.odt", odf("application/vnd.oasis.opendocument.text"));
        files.put("begroting.ods", odf("application/vnd.oasis.opendocument.spreadsheet"));
        files.put("presentatie.odp", odf("application/vnd.oasis.opendocument.presentation"));
        files.put("lees-mij.txt", "Welkom in de bibliotheek.\nTweede regel.\n".getBytes(StandardCharsets.UTF_8));
        files.put("adressen.csv", "naam;plaats\nDorpshuis;Venlo\n".getBytes(StandardCharsets.UTF_8));
        files.put("logo.png", image("png"));
        files.put("foto.jpg", image("jpeg"));
        files.put("film.mp4", mp4());
        return files;
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Office Open XML package: [Content_Types].xml first, then the part that names its kind. */
    public static byte[] ooxml(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<?xml version=\"1.0\"?><Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<?xml version=\"1.0\"?><root/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument package: the uncompressed mimetype entry first, as the format requires. */
    public static byte[] odf(String mimeType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<?xml version=\"1.0\"?><office:document-content/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of an MP4 (ISO base media) file: an ftyp box with the isom brand, then an empty free box. */
    public static byte[] mp4() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { 0, 0, 0, 0x18 });
        out.writeBytes("ftypisom".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] { 0, 0, 2, 0 });
        out.writeBytes("isomiso2".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] { 0, 0, 0, 8 });
        out.writeBytes("free".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The first bytes of a Windows executable ("MZ", a DOS stub), padded. */
    public static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        exe[60] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }
}

package nl.dorpskracht.campaigns.control;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The letters of a campaign as files: a safe file name per letter (from the target's name) and the zip with all of
 * them, each rendered while it is written, so a large campaign never sits in memory as PDFs at once.
 */
public record LetterFiles(String zipName, List<Named> letters) {

    /** One letter and the file name it gets. */
    public record Named(String fileName, LetterPdf.Letter letter) {
    }

    public static LetterFiles of(String campaignTitle, List<LetterPdf.Letter> letters) {
        Set<String> taken = new HashSet<>();
        List<Named> named = letters.stream().map(letter -> {
            String base = "brief-" + slug(letter.addressee(), "geadresseerde");
            String name = base + ".pdf";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".pdf";
            }
            return new Named(name, letter);
        }).toList();
        return new LetterFiles("brieven-" + slug(campaignTitle, "campagne") + ".zip", named);
    }

    /** The file name of a single letter. */
    public static String fileName(LetterPdf.Letter letter) {
        return "brief-" + slug(letter.addressee(), "geadresseerde") + ".pdf";
    }

    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Named named : letters) {
            zip.putNextEntry(new ZipEntry(named.fileName()));
            zip.write(LetterPdf.render(named.letter()));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Letters, digits and dashes only, lower case, at most 80 characters: safe in a header and on every disk. */
    static String slug(String value, String fallback) {
        String plain = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 80) {
            plain = plain.substring(0, 80).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }
}

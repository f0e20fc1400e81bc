package nl.dorpskracht.campaigns.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dorpskracht.campaigns.entity.PositionDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;

/**
 * A campaign letter to one target as a PDF, A4, in Dutch: the sender, the date, the addressee, the subject, the text,
 * the speerpunten in order, the closing, and the organisations that co-sign this letter, grouped by province for a
 * national campaign.
 */
public final class LetterPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0x3a);
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");

    /** One organisation under the letter. */
    public record Signatory(String organisation, String municipality) {
        public String line() {
            return municipality == null || municipality.isBlank() ? organisation
                    : organisation + " (" + municipality + ")";
        }
    }

    /** Organisations under one heading (a province of a national campaign); {@code label} null for a flat list. */
    public record SignatoryGroup(String label, List<Signatory> signatories) {
    }

    /** Everything one letter says. */
    public record Letter(String sender, LocalDate date, TargetKind kind, String addressee, String municipality,
            String address, String title, String body, String closing, List<PositionDetails> positions,
            List<SignatoryGroup> signatories) {

        public int signatoryCount() {
            return signatories.stream().mapToInt(group -> group.signatories().size()).sum();
        }
    }

    private LetterPdf() {
    }

    public static byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 56, 56);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            Font text = new Font(regular, 11);
            Font strong = new Font(bold, 11);
            Font heading = new Font(bold, 16, Font.NORMAL, ACCENT);
            Font section = new Font(bold, 12, Font.NORMAL, ACCENT);
            Font small = new Font(regular, 10);
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.title());
            document.addSubject(letter.addressee());
            document.addAuthor(letter.sender());
            document.open();

            document.add(new Paragraph(letter.sender(), heading));
            Paragraph date = new Paragraph(letter.date().format(DATE), text);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.add(Chunk.NEWLINE);

            document.add(new Paragraph(letter.addressee(), strong));
            if (letter.address() != null && !letter.address().isBlank()) {
                document.add(new Paragraph(letter.address(), text));
            }
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Betreft: " + letter.title(), strong));
            document.add(Chunk.NEWLINE);
            document.add(paragraph(salutation(letter.kind()), text));
            for (String part : paragraphs(letter.body())) {
                document.add(paragraph(part, text));
            }

            if (!letter.positions().isEmpty()) {
                Paragraph title = new Paragraph("Onze speerpunten", section);
                title.setSpacingBefore(8);
                title.setSpacingAfter(4);
                document.add(title);
                int number = 1;
                for (PositionDetails position : letter.positions()) {
                    Paragraph point = new Paragraph(number++ + ". " + position.title(), strong);
                    point.setIndentationLeft(12);
                    point.setSpacingBefore(4);
                    document.add(point);
                    if (position.explanation() != null && !position.explanation().isBlank()) {
                        for (String part : paragraphs(position.explanation())) {
                            Paragraph explanation = new Paragraph(part, text);
                            explanation.setIndentationLeft(26);
                            document.add(explanation);
                        }
                    }
                }
                document.add(Chunk.NEWLINE);
            }

            for (String part : paragraphs(letter.closing())) {
                document.add(paragraph(part, text));
            }
            document.add(paragraph("Met vriendelijke groet,", text));
            document.add(new Paragraph(letter.sender(), strong));

            Paragraph signed = new Paragraph("Ondertekend door", section);
            signed.setSpacingBefore(18);
            signed.setSpacingAfter(4);
            document.add(signed);
            if (letter.signatoryCount() == 0) {
                document.add(paragraph(letter.kind() == TargetKind.MUNICIPAL_COUNCIL
                        ? "Uit de gemeente " + letter.municipality()
                                + " heeft (nog) geen organisatie deze brief mede ondertekend."
                        : "Deze brief is (nog) door geen enkele organisatie mede ondertekend.", text));
            } else {
                document.add(paragraph(introduction(letter), text));
                for (SignatoryGroup group : letter.signatories()) {
                    if (group.label() != null) {
                        Paragraph label = new Paragraph(group.label() + " (" + group.signatories().size() + ")",
                                strong);
                        label.setSpacingBefore(6);
                        document.add(label);
                    }
                    for (Signatory signatory : group.signatories()) {
                        Paragraph line = new Paragraph(signatory.line(), small);
                        line.setIndentationLeft(12);
                        document.add(line);
                    }
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Writing campaign letter PDF failed", e);
        }
        return out.toByteArray();
    }

    private static String introduction(Letter letter) {
        int count = letter.signatoryCount();
        String organisations = count == 1 ? "1 organisatie" : count + " organisaties";
        return letter.kind() == TargetKind.MUNICIPAL_COUNCIL
                ? "Deze brief wordt gesteund door " + organisations + " uit de gemeente " + letter.municipality() + ":"
                : "Deze brief wordt gesteund door " + organisations + ":";
    }

    private static String salutation(TargetKind kind) {
        return switch (kind) {
        case MUNICIPAL_COUNCIL -> "Geachte leden van de gemeenteraad,";
        case PROVINCE -> "Geachte leden van Provinciale Staten,";
        case POLITICAL_PARTY, OTHER -> "Geachte heer, mevrouw,";
        };
    }

    private static Paragraph paragraph(String value, Font font) {
        Paragraph paragraph = new Paragraph(value, font);
        paragraph.setSpacingAfter(8);
        paragraph.setLeading(font.getSize() * 1.35f);
        return paragraph;
    }

    /** The text split on blank lines; nothing for an empty text. */
    static List<String> paragraphs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return BLANK_LINE.splitAsStream(value.strip()).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}

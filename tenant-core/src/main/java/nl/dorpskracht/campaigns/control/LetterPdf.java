package nl.dorpskracht.campaigns.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
    private static final int KEEP_TOGETHER_MAX = 30;
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

            // the closing, when written, holds its own greeting ("Met vriendelijke groet, namens het bestuur")
            List<String> closing = paragraphs(letter.closing());
            for (String part : closing.isEmpty() ? List.of("Met vriendelijke groet,") : closing) {
                document.add(paragraph(part, text));
            }
            document.add(new Paragraph(letter.sender(), strong));

            // the heading, the introduction and the first organisations move to the next page together, never apart
            PdfPTable signed = rows(true);
            row(signed, "Ondertekend door", section, 0, 18);
            if (letter.signatoryCount() == 0) {
                row(signed,
                        letter.kind() == TargetKind.MUNICIPAL_COUNCIL
                                ? "Uit de gemeente " + letter.municipality()
                                        + " heeft (nog) geen organisatie deze brief mede ondertekend."
                                : "Deze brief is (nog) door geen enkele organisatie mede ondertekend.",
                        text, 0, 4);
                document.add(signed);
            } else {
                row(signed, introduction(letter), text, 0, 4);
                List<SignatoryGroup> groups = letter.signatories();
                for (int i = 0; i < groups.size(); i++) {
                    boolean shortList = groups.get(i).signatories().size() <= KEEP_TOGETHER_MAX;
                    if (i == 0 && shortList) {
                        addGroup(signed, groups.get(i), strong, small);
                        document.add(signed);
                        continue;
                    }
                    if (i == 0) {
                        document.add(signed);
                    }
                    PdfPTable group = rows(shortList);
                    addGroup(group, groups.get(i), strong, small);
                    document.add(group);
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Writing campaign letter PDF failed", e);
        }
        return out.toByteArray();
    }

    /** A province's organisations under their heading, each on a line of its own. */
    private static void addGroup(PdfPTable rows, SignatoryGroup group, Font strong, Font small) {
        if (group.label() != null) {
            row(rows, group.label() + " (" + group.signatories().size() + ")", strong, 0, 6);
        }
        for (Signatory signatory : group.signatories()) {
            row(rows, signatory.line(), small, 12, 0);
        }
    }

    /** Borderless rows of text; kept on one page when {@code together}, moved to the next page whole if need be. */
    private static PdfPTable rows(boolean together) {
        PdfPTable rows = new PdfPTable(1);
        rows.setWidthPercentage(100);
        rows.setKeepTogether(together);
        return rows;
    }

    private static void row(PdfPTable rows, String value, Font font, float indent, float spaceBefore) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(indent);
        cell.setPaddingTop(spaceBefore + 1);
        cell.setPaddingBottom(1);
        rows.addCell(cell);
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

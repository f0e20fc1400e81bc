package nl.dorpskracht.contributions.control;

import static nl.dorpskracht.contributions.control.InvoicePdf.cell;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * What every invoice PDF shares (a member's contribution, a province's afdracht): an A4 page in Helvetica, the fonts,
 * the table of labelled facts at the top and the total rows under the lines.
 */
public final class InvoiceDocument {

    /** Body text, its bold, the sender's name, the title, a red warning and the small print. */
    public record Fonts(Font text, Font strong, Font heading, Font title, Font warning, Font small) {
    }

    /** Writes the content of the opened document. */
    @FunctionalInterface
    public interface Body {
        void write(Document document, Fonts fonts) throws DocumentException;
    }

    private InvoiceDocument() {
    }

    public static byte[] write(String title, String author, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            Fonts fonts = new Fonts(new Font(regular, 10), new Font(bold, 10),
                    new Font(bold, 18, Font.NORMAL, InvoicePdf.ACCENT), new Font(bold, 14),
                    new Font(bold, 14, Font.NORMAL, Color.RED), new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY));
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addAuthor(author);
            document.open();
            body.write(document, fonts);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Writing the PDF " + title + " failed", e);
        }
        return out.toByteArray();
    }

    /** The two-column table of facts at the top (addressee, number, dates), filled with {@link #fact}. */
    public static PdfPTable facts() {
        PdfPTable facts = new PdfPTable(new float[] { 1.2f, 2f });
        facts.setWidthPercentage(100);
        facts.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return facts;
    }

    public static void fact(PdfPTable facts, String label, String value, Fonts fonts) {
        facts.addCell(cell(label, fonts.strong(), Element.ALIGN_LEFT, false));
        facts.addCell(cell(value, fonts.text(), Element.ALIGN_LEFT, false));
    }

    /** A row under four-column lines: the label over the first three columns, the amount in the last. */
    public static void total(PdfPTable lines, String label, long cents, Font font) {
        PdfPCell caption = cell(label, font, Element.ALIGN_RIGHT, true);
        caption.setColspan(3);
        lines.addCell(caption);
        lines.addCell(cell(Money.format(cents), font, Element.ALIGN_RIGHT, true));
    }
}

package nl.dorpskracht.contributions.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.members.control.IbanCheck;

/** An invoice as a PDF, in Dutch: the association, the payer, a line per member, the total and how to pay. */
public final class InvoicePdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    public static final Color ACCENT = new Color(0x1f, 0x5f, 0x3a);

    /** The invoice and what it needs around it; the mandate reference is null when the payer pays by transfer. */
    public record Content(String tenantName, CreditorDetails creditor, Invoice invoice, List<InvoiceLine> lines,
            String mandateReference) {
    }

    private InvoicePdf() {
    }

    public static byte[] render(Content content) {
        Invoice invoice = content.invoice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            Font text = new Font(regular, 10);
            Font strong = new Font(bold, 10);
            Font heading = new Font(bold, 18, Font.NORMAL, ACCENT);
            Font small = new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY);
            PdfWriter.getInstance(document, out);
            document.addTitle("Factuur " + invoice.number());
            document.addAuthor(content.tenantName());
            document.open();

            document.add(new Paragraph(content.tenantName(), heading));
            if (content.creditor() != null) {
                document.add(new Paragraph("IBAN " + IbanCheck.printable(content.creditor().iban())
                        + "  ·  Incassant-ID " + content.creditor().creditorId(), small));
            }
            document.add(Chunk.NEWLINE);
            Paragraph title = new Paragraph("Factuur contributie " + invoice.year(), new Font(bold, 14));
            document.add(title);
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                document.add(new Paragraph("GEANNULEERD", new Font(bold, 14, Font.NORMAL, Color.RED)));
            }
            document.add(Chunk.NEWLINE);

            PdfPTable head = new PdfPTable(new float[] { 1.2f, 2f });
            head.setWidthPercentage(100);
            head.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            head.addCell(cell("Aan", strong, Element.ALIGN_LEFT, false));
            StringBuilder address = new StringBuilder(invoice.payerName());
            if (invoice.payerStreet() != null) {
                address.append('\n').append(invoice.payerStreet());
            }
            if (invoice.payerPostalCode() != null || invoice.payerPlace() != null) {
                address.append('\n').append(join(invoice.payerPostalCode(), invoice.payerPlace()));
            }
            head.addCell(cell(address.toString(), text, Element.ALIGN_LEFT, false));
            head.addCell(cell("Factuurnummer", strong, Element.ALIGN_LEFT, false));
            head.addCell(cell(invoice.number(), text, Element.ALIGN_LEFT, false));
            head.addCell(cell("Factuurdatum", strong, Element.ALIGN_LEFT, false));
            head.addCell(cell(date(invoice.issuedOn()), text, Element.ALIGN_LEFT, false));
            head.addCell(cell("Vervaldatum", strong, Element.ALIGN_LEFT, false));
            head.addCell(cell(date(invoice.dueOn()), text, Element.ALIGN_LEFT, false));
            document.add(head);
            document.add(Chunk.NEWLINE);

            PdfPTable lines = new PdfPTable(new float[] { 3.2f, 2.2f, 1.2f, 1.4f });
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            lines.addCell(cell("Lidorganisatie", strong, Element.ALIGN_LEFT, true));
            lines.addCell(cell("Contributieplan", strong, Element.ALIGN_LEFT, true));
            lines.addCell(cell("Inwoners", strong, Element.ALIGN_RIGHT, true));
            lines.addCell(cell("Bedrag", strong, Element.ALIGN_RIGHT, true));
            for (InvoiceLine line : content.lines()) {
                lines.addCell(cell(line.memberName(), text, Element.ALIGN_LEFT, true));
                lines.addCell(cell(line.planName(), text, Element.ALIGN_LEFT, true));
                lines.addCell(cell(line.inhabitants() == null ? "–" : String.format(DUTCH, "%,d", line.inhabitants()),
                        text, Element.ALIGN_RIGHT, true));
                lines.addCell(cell(Money.format(line.amountCents()), text, Element.ALIGN_RIGHT, true));
            }
            PdfPCell totalLabel = cell("Totaal", strong, Element.ALIGN_RIGHT, true);
            totalLabel.setColspan(3);
            lines.addCell(totalLabel);
            lines.addCell(cell(Money.format(invoice.amountCents()), strong, Element.ALIGN_RIGHT, true));
            if (invoice.paidCents() > 0) {
                PdfPCell paidLabel = cell("Betaald", text, Element.ALIGN_RIGHT, true);
                paidLabel.setColspan(3);
                lines.addCell(paidLabel);
                lines.addCell(cell(Money.format(invoice.paidCents()), text, Element.ALIGN_RIGHT, true));
                PdfPCell openLabel = cell("Nog te betalen", strong, Element.ALIGN_RIGHT, true);
                openLabel.setColspan(3);
                lines.addCell(openLabel);
                lines.addCell(cell(Money.format(invoice.outstandingCents()), strong, Element.ALIGN_RIGHT, true));
            }
            document.add(lines);
            document.add(Chunk.NEWLINE);

            document.add(new Paragraph(instruction(content), text));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Vragen over deze factuur? Neem contact op met het secretariaat van "
                    + content.tenantName() + " en vermeld het factuurnummer.", small));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Writing invoice PDF failed", e);
        }
        return out.toByteArray();
    }

    private static String instruction(Content content) {
        Invoice invoice = content.invoice();
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            return "Deze factuur is geannuleerd; u hoeft niets te betalen.";
        }
        if (invoice.status() == InvoiceStatus.PAID) {
            return "Deze factuur is volledig betaald. Hartelijk dank!";
        }
        String amount = Money.format(invoice.outstandingCents());
        if (content.mandateReference() != null) {
            return "Het bedrag van " + amount + " wordt rond de vervaldatum automatisch van uw rekening afgeschreven"
                    + " (SEPA-incasso, machtigingskenmerk " + content.mandateReference() + ", incassant-ID "
                    + (content.creditor() == null ? "–" : content.creditor().creditorId()) + ").";
        }
        if (content.creditor() == null) {
            return "Wilt u het bedrag van " + amount + " uiterlijk " + date(invoice.dueOn())
                    + " betalen onder vermelding van factuurnummer " + invoice.number() + "?";
        }
        return "Wilt u het bedrag van " + amount + " uiterlijk " + date(invoice.dueOn()) + " overmaken op IBAN "
                + IbanCheck.printable(content.creditor().iban()) + " ten name van " + content.creditor().name()
                + ", onder vermelding van factuurnummer " + invoice.number() + "?";
    }

    public static PdfPCell cell(String value, Font font, int align, boolean border) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        if (!border) {
            cell.setBorder(Rectangle.NO_BORDER);
        } else {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Color.LIGHT_GRAY);
        }
        return cell;
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + "  " + (second == null ? "" : second)).strip();
    }
}

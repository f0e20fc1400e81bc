package nl.dorpskracht.contributions.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
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
        return InvoiceDocument.write("Factuur " + invoice.number(), content.tenantName(), (document, fonts) -> {
            Font text = fonts.text();
            Font strong = fonts.strong();
            document.add(new Paragraph(content.tenantName(), fonts.heading()));
            if (content.creditor() != null) {
                document.add(new Paragraph("IBAN " + IbanCheck.printable(content.creditor().iban())
                        + "  ·  Incassant-ID " + content.creditor().creditorId(), fonts.small()));
            }
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Factuur contributie " + invoice.year(), fonts.title()));
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                document.add(new Paragraph("GEANNULEERD", fonts.warning()));
            }
            document.add(Chunk.NEWLINE);

            PdfPTable head = InvoiceDocument.facts();
            StringBuilder address = new StringBuilder(invoice.payerName());
            if (invoice.payerStreet() != null) {
                address.append('\n').append(invoice.payerStreet());
            }
            if (invoice.payerPostalCode() != null || invoice.payerPlace() != null) {
                address.append('\n').append(join(invoice.payerPostalCode(), invoice.payerPlace()));
            }
            InvoiceDocument.fact(head, "Aan", address.toString(), fonts);
            InvoiceDocument.fact(head, "Factuurnummer", invoice.number(), fonts);
            InvoiceDocument.fact(head, "Factuurdatum", date(invoice.issuedOn()), fonts);
            InvoiceDocument.fact(head, "Vervaldatum", date(invoice.dueOn()), fonts);
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
            InvoiceDocument.total(lines, "Totaal", invoice.amountCents(), strong);
            if (invoice.paidCents() > 0) {
                InvoiceDocument.total(lines, "Betaald", invoice.paidCents(), text);
                InvoiceDocument.total(lines, "Nog te betalen", invoice.outstandingCents(), strong);
            }
            document.add(lines);
            document.add(Chunk.NEWLINE);

            document.add(new Paragraph(instruction(content), text));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Vragen over deze factuur? Neem contact op met het secretariaat van "
                    + content.tenantName() + " en vermeld het factuurnummer.", fonts.small()));
        });
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

package nl.dorpskracht.remittance.control;

import static nl.dorpskracht.contributions.control.InvoicePdf.cell;
import static nl.dorpskracht.contributions.control.InvoicePdf.date;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import java.util.Map;
import nl.dorpskracht.contributions.control.InvoiceDocument;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.remittance.entity.RemittanceBasis;
import nl.dorpskracht.remittance.entity.RemittanceInvoice;
import nl.dorpskracht.remittance.entity.RemittanceRule;

/**
 * An afdracht invoice as a PDF, in Dutch, in the style of the contribution invoice: the national association as sender,
 * the province as addressee, one line per member type with its count. No organisation is named.
 */
public final class RemittanceInvoicePdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** The invoice, the rule it was computed by (null when gone), and the names of sender and addressee. */
    public record Content(String nationalName, String provinceName, RemittanceInvoice invoice, RemittanceRule rule) {
    }

    private RemittanceInvoicePdf() {
    }

    public static byte[] render(Content content) {
        RemittanceInvoice invoice = content.invoice();
        return InvoiceDocument.write("Factuur afdracht " + invoice.number(), content.nationalName(),
                (document, fonts) -> {
                    Font text = fonts.text();
                    Font strong = fonts.strong();

                    document.add(new Paragraph(content.nationalName(), fonts.heading()));
                    document.add(Chunk.NEWLINE);
                    document.add(new Paragraph("Factuur afdracht " + invoice.year(), fonts.title()));
                    document.add(Chunk.NEWLINE);

                    PdfPTable head = InvoiceDocument.facts();
                    InvoiceDocument.fact(head, "Aan", content.provinceName(), fonts);
                    InvoiceDocument.fact(head, "Factuurnummer", invoice.number(), fonts);
                    InvoiceDocument.fact(head, "Factuurdatum", date(invoice.issuedOn()), fonts);
                    InvoiceDocument.fact(head, "Vervaldatum", date(invoice.dueOn()), fonts);
                    InvoiceDocument.fact(head, "Peildatum", date(invoice.referenceDate()), fonts);
                    document.add(head);
                    document.add(Chunk.NEWLINE);

                    PdfPTable lines = new PdfPTable(new float[] { 3.2f, 1.2f, 1.6f, 1.6f });
                    lines.setWidthPercentage(100);
                    lines.setHeaderRows(1);
                    lines.addCell(cell("Soort lidorganisatie", strong, Element.ALIGN_LEFT, true));
                    lines.addCell(cell("Aantal", strong, Element.ALIGN_RIGHT, true));
                    lines.addCell(cell("Per organisatie", strong, Element.ALIGN_RIGHT, true));
                    lines.addCell(cell("Bedrag", strong, Element.ALIGN_RIGHT, true));
                    boolean perMember = invoice.basis() == RemittanceBasis.PER_MEMBER && content.rule() != null;
                    for (Map.Entry<String, Long> type : invoice.organisationsPerType().entrySet()) {
                        lines.addCell(cell(TypeNames.of(type.getKey()), text, Element.ALIGN_LEFT, true));
                        lines.addCell(
                                cell(String.format(DUTCH, "%,d", type.getValue()), text, Element.ALIGN_RIGHT, true));
                        long each = perMember ? content.rule().amountFor(type.getKey()) : 0;
                        lines.addCell(cell(perMember ? Money.format(each) : "–", text, Element.ALIGN_RIGHT, true));
                        lines.addCell(cell(perMember ? Money.format(each * type.getValue()) : "–", text,
                                Element.ALIGN_RIGHT, true));
                    }
                    if (invoice.basis() != RemittanceBasis.PER_MEMBER) {
                        PdfPCell basis = cell(basisLine(content), text, Element.ALIGN_LEFT, true);
                        basis.setColspan(3);
                        lines.addCell(basis);
                        lines.addCell(cell(Money.format(invoice.amountCents()), text, Element.ALIGN_RIGHT, true));
                    }
                    InvoiceDocument.total(lines, "Totaal", invoice.amountCents(), strong);
                    document.add(lines);
                    document.add(Chunk.NEWLINE);

                    document.add(new Paragraph(
                            RemittanceInvoice.PAID.equals(invoice.status()) ? "Deze factuur is betaald. Hartelijk dank!"
                                    : "Wilt u het bedrag van " + Money.format(invoice.amountCents()) + " uiterlijk "
                                            + date(invoice.dueOn()) + " overmaken onder vermelding van factuurnummer "
                                            + invoice.number() + "?",
                            text));
                    document.add(Chunk.NEWLINE);
                    document.add(new Paragraph(
                            "Deze factuur noemt alleen aantallen per soort lidorganisatie; de gegevens van"
                                    + " uw leden blijven bij uw vereniging.",
                            fonts.small()));
                });
    }

    private static String basisLine(Content content) {
        RemittanceInvoice invoice = content.invoice();
        if (invoice.basis() == RemittanceBasis.FIXED) {
            return "Vast bedrag per provinciale vereniging";
        }
        String share = content.rule() == null ? "een deel"
                : String.format(DUTCH, "%.2f %%", content.rule().shareBasisPoints() / 100.0);
        return share + " van de ontvangen contributie " + invoice.year() + " (" + Money.format(invoice.receivedCents())
                + ")";
    }

}

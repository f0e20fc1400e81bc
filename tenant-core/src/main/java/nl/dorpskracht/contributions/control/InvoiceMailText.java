package nl.dorpskracht.contributions.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.ReminderSchedule;

/**
 * The words of the invoice mail and the payment reminder: plain Dutch, addressed as "u", with what a treasurer of a
 * village association needs to pay: the amount, the date, and how (the account and the invoice number as the reference,
 * or that it is collected under the mandate). The invoice itself is the attached PDF.
 */
public final class InvoiceMailText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    /** What is said: subject and plain text. */
    public record Text(String subject, String body) {
    }

    private InvoiceMailText() {
    }

    public static Text invoice(String tenantName, Invoice invoice, CreditorDetails creditor, String mandateReference) {
        String subject = "Factuur " + invoice.number() + ": contributie " + invoice.year() + " " + tenantName;
        String body = "Beste " + invoice.payerName() + ",\n\n" + "Hierbij ontvangt u factuur " + invoice.number()
                + " voor de contributie " + invoice.year() + " van " + tenantName
                + ". De factuur zit als PDF bij deze e-mail.\n\n" + "Bedrag: " + Money.format(invoice.amountCents())
                + "\n" + "Te betalen uiterlijk: " + date(invoice.dueOn()) + "\n\n"
                + howToPay(invoice, creditor, mandateReference) + "\n\n" + closing(tenantName);
        return new Text(subject, body);
    }

    public static Text reminder(String tenantName, Invoice invoice, CreditorDetails creditor, String mandateReference,
            ReminderSchedule.Tone tone, int step) {
        String open = Money.format(invoice.outstandingCents());
        String subject;
        String opening;
        if (tone == ReminderSchedule.Tone.ZAKELIJK) {
            subject = (step > 1 ? "Tweede betalingsherinnering" : "Betalingsherinnering") + " factuur "
                    + invoice.number();
            opening = "Volgens onze administratie is factuur " + invoice.number() + " van " + date(invoice.issuedOn())
                    + " nog niet (helemaal) betaald. De vervaldatum was " + date(invoice.dueOn()) + ". Wij verzoeken u"
                    + " het openstaande bedrag van " + open + " binnen 14 dagen te betalen.";
        } else {
            subject = "Herinnering: factuur " + invoice.number() + " van " + tenantName;
            opening = "Misschien is het u ontgaan: factuur " + invoice.number() + " van " + date(invoice.issuedOn())
                    + " staat nog open. De vervaldatum was " + date(invoice.dueOn()) + ". Er staat nog " + open
                    + " open. Wilt u dat bedrag zo snel mogelijk betalen?";
        }
        String body = "Beste " + invoice.payerName() + ",\n\n" + opening + "\n\n"
                + howToPay(invoice, creditor, mandateReference) + "\n\n"
                + "Heeft u het bedrag de afgelopen dagen al betaald? Dan kunt u deze herinnering vergeten. Heeft u een"
                + " vraag over de factuur? Beantwoord dan deze e-mail of neem contact op met de penningmeester.\n\n"
                + "De factuur zit opnieuw als PDF bij deze e-mail.\n\n" + closing(tenantName);
        return new Text(subject, body);
    }

    private static String howToPay(Invoice invoice, CreditorDetails creditor, String mandateReference) {
        if (mandateReference != null) {
            return "Het bedrag wordt geïncasseerd van uw rekening, volgens de machtiging met kenmerk "
                    + mandateReference + ". U hoeft zelf niets te doen.";
        }
        if (creditor != null) {
            return "Wilt u het bedrag overmaken naar rekening " + creditor.iban() + " ten name van " + creditor.name()
                    + ", onder vermelding van factuurnummer " + invoice.number() + "?";
        }
        return "Wilt u bij uw betaling het factuurnummer " + invoice.number() + " vermelden?";
    }

    private static String closing(String tenantName) {
        return "Met vriendelijke groet,\n\nde penningmeester van " + tenantName;
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}

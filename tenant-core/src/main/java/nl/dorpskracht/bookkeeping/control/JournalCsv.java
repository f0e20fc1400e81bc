package nl.dorpskracht.bookkeeping.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.dorpskracht.members.control.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The journal as Dutch bookkeeping packages import a memorial: {@code ;} separated, dates as dd-mm-jjjj, amounts with a
 * decimal comma and no thousands separator, a debit and a credit column, UTF-8 with BOM. Text cells that a spreadsheet
 * would run as a formula are escaped (a payer's name is typed by people).
 */
public final class JournalCsv {

    static final String[] HEADER = { "Dagboek", "Datum", "Boekstuk", "Factuur", "Grootboekrekening", "Omschrijving",
            "Debet", "Credit", "Relatie" };

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private JournalCsv() {
    }

    public static byte[] write(List<JournalLine> lines) {
        StringWriter out = new StringWriter(128 + lines.size() * 96);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(HEADER)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (JournalLine line : lines) {
                printer.printRecord(line.journal(), DUTCH_DATE.format(line.date()), line.entry(), line.invoiceNumber(),
                        line.account(), CsvCells.escape(line.description()), amount(line.debitCents()),
                        amount(line.creditCents()), CsvCells.escape(line.relation()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvCells.utf8WithBom(out.toString());
    }

    static String amount(long cents) {
        if (cents == 0) {
            return "";
        }
        return (cents / 100) + "," + String.format("%02d", cents % 100);
    }
}

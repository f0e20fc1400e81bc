package nl.dorpskracht.statistics.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dorpskracht.members.control.CsvCells;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.NationalStatistics.TenantSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The national figures as one spreadsheet a Dutch Excel opens directly ({@code ;}, UTF-8 with BOM, amounts in euros
 * with a decimal comma): one number per line with what it counts, so it filters and pivots without rework. Hidden
 * counts of people read {@code <5}.
 */
public final class StatisticsSheet {

    private static final String[] HEADER = { "onderdeel", "code", "vereniging", "andere vereniging", "periode",
            "categorie", "meting", "waarde" };

    private final NationalStatistics report;
    private final Map<String, String> names;
    private final CSVPrinter printer;

    private StatisticsSheet(NationalStatistics report, CSVPrinter printer) {
        this.report = report;
        this.printer = printer;
        this.names = report.tenants().stream()
                .collect(Collectors.toMap(TenantSummary::tenant, TenantSummary::name, (a, b) -> a));
    }

    public static byte[] of(NationalStatistics report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(HEADER)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            new StatisticsSheet(report, printer).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvCells.utf8WithBom(out.toString());
    }

    private void write() throws IOException {
        String period = report.from() + " t/m " + report.to();
        for (TenantSummary summary : report.tenants()) {
            summary(summary, summary.tenant(), period);
        }
        summary(report.total(), "", period);
        for (var row : report.organisationsByType()) {
            line("leden per soort", row.tenant(), "", "nu", row.category(), "actieve organisaties",
                    row.organisations());
        }
        for (var row : report.organisationsByRegion()) {
            line("leden per regio", row.tenant(), "", "nu", row.category().isEmpty() ? "(geen regio)" : row.category(),
                    "actieve organisaties", row.organisations());
        }
        for (var row : report.organisationsByStatus()) {
            line("leden per status", row.tenant(), "", "nu", row.category(), "organisaties", row.organisations());
        }
        for (var row : report.growth()) {
            line("groei", row.tenant(), "", row.quarter(), "", "aangesloten", row.joined());
            line("groei", row.tenant(), "", row.quarter(), "", "opgezegd", row.left());
        }
        for (var row : report.contributions()) {
            String year = Integer.toString(row.year());
            line("contributie", row.tenant(), "", year, "", "facturen", row.invoices());
            line("contributie", row.tenant(), "", year, "", "gefactureerd (EUR)", euros(row.invoicedCents()));
            line("contributie", row.tenant(), "", year, "", "betaald (EUR)", euros(row.paidCents()));
            line("contributie", row.tenant(), "", year, "", "geannuleerde facturen", row.cancelledInvoices());
        }
        for (var row : report.events()) {
            line("activiteiten", row.tenant(), "", row.quarter(), row.type(), "gehouden of gepland", row.published());
            line("activiteiten", row.tenant(), "", row.quarter(), row.type(), "geannuleerd", row.cancelled());
        }
        for (var row : report.registrations()) {
            line("bereik aanmeldingen", row.host(), name(row.home()), period, "",
                    "aanmeldingen (organisator, herkomst)", row.registrations().text());
        }
        for (var row : report.endorsements()) {
            line("medeondertekeningen", row.host(), name(row.tenant()), period, "",
                    "medeondertekenende organisaties (campagne van, uit)", row.organisations());
        }
        for (var row : report.initiatives()) {
            line("projectenbank", row.tenant(), "", "nu", row.theme().isEmpty() ? "(geen thema)" : row.theme(),
                    "gepubliceerde initiatieven", row.initiatives());
        }
        for (var row : report.helpRequests()) {
            line("hulpvragen", row.tenant(), "", row.quarter(), "", "open", row.open());
            line("hulpvragen", row.tenant(), "", row.quarter(), "", "gekoppeld", row.matched());
            line("hulpvragen", row.tenant(), "", row.quarter(), "", "gesloten", row.closed());
        }
        for (var row : report.matches().byAssociation()) {
            line("koppelingen", row.tenant(), "", row.quarter(), "", "voorgesteld", row.proposed().text());
            line("koppelingen", row.tenant(), "", row.quarter(), "", "geaccepteerd", row.accepted().text());
        }
        for (var row : report.matches().byQuarter()) {
            line("koppelingen", "", "", row.quarter(), "", "voorgesteld", row.proposed().text());
            line("koppelingen", "", "", row.quarter(), "", "geaccepteerd", row.accepted().text());
        }
    }

    private void summary(TenantSummary row, String code, String period) throws IOException {
        line("samenvatting", code, period, "actieve organisaties", row.activeOrganisations());
        line("samenvatting", code, period, "aangesloten", row.joined());
        line("samenvatting", code, period, "opgezegd", row.left());
        line("samenvatting", code, period, "facturen", row.invoices());
        line("samenvatting", code, period, "gefactureerd (EUR)", euros(row.invoicedCents()));
        line("samenvatting", code, period, "betaald (EUR)", euros(row.paidCents()));
        line("samenvatting", code, period, "activiteiten", row.events());
        line("samenvatting", code, period, "aanmeldingen voor eigen activiteiten", row.registrationsHosted().text());
        line("samenvatting", code, period, "aanmeldingen door eigen mensen", row.registrationsFromHere().text());
        line("samenvatting", code, period, "medeondertekeningen", row.coSignatures());
    }

    private void line(String part, String code, String period, String measure, Object value) throws IOException {
        line(part, code, "", period, "", measure, value);
    }

    private void line(String part, String code, String other, String period, String category, String measure,
            Object value) throws IOException {
        String name = code.isEmpty() ? "totaal" : name(code);
        printer.printRecord(part, code, CsvCells.escape(name), CsvCells.escape(other), period,
                CsvCells.escape(category), measure, value);
    }

    private String name(String code) {
        return names.getOrDefault(code, code);
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }
}

package nl.dorpskracht.remittance.control;

import java.util.List;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.remittance.entity.RemittanceStatement;

/** The provinces' statements as CSV for a spreadsheet: one line per province, counts per type and sums, no names. */
public final class RemittanceCsv {

    private RemittanceCsv() {
    }

    public static String of(List<RemittanceStatement> statements) {
        StringBuilder csv = new StringBuilder("provincie;peildatum;grondslag");
        for (MemberType type : MemberType.values()) {
            csv.append(';').append(TypeNames.of(type.name()).toLowerCase(java.util.Locale.ROOT));
        }
        csv.append(";organisaties;ontvangen_contributie_cent;afdracht_cent\r\n");
        for (RemittanceStatement statement : statements) {
            csv.append(statement.province()).append(';').append(statement.referenceDate()).append(';')
                    .append(statement.basis());
            for (MemberType type : MemberType.values()) {
                csv.append(';').append(statement.organisationsPerType().getOrDefault(type.name(), 0L));
            }
            csv.append(';').append(statement.organisations()).append(';').append(statement.receivedCents()).append(';')
                    .append(statement.dueCents()).append("\r\n");
        }
        return csv.toString();
    }
}

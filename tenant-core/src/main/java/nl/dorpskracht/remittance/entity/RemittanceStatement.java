package nl.dorpskracht.remittance.entity;

import java.time.LocalDate;
import java.util.Map;

/** A province's afdracht of a year: counts per member type and sums only, never a name. */
public record RemittanceStatement(String province, String provinceName, int year, LocalDate referenceDate,
        RemittanceBasis basis, Map<String, Long> organisationsPerType, long receivedCents, long dueCents) {

    public RemittanceStatement {
        organisationsPerType = Map.copyOf(organisationsPerType);
    }

    public long organisations() {
        return organisationsPerType.values().stream().mapToLong(Long::longValue).sum();
    }
}

package nl.dorpskracht.remittance.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * The national association's afdracht rule of one year. {@code amountCents} is the amount per organisation (for a type
 * without an amount of its own) or, for {@link RemittanceBasis#FIXED}, per province; {@code shareBasisPoints} is the
 * share in hundredths of a percent.
 */
public record RemittanceRule(int year, RemittanceBasis basis, long amountCents, int shareBasisPoints,
        Map<String, Long> typeAmounts, LocalDate referenceDate, long version) {

    public RemittanceRule {
        typeAmounts = Map.copyOf(typeAmounts);
    }

    /** The amount due for a province with these organisations per type and these contributions received. */
    public long due(Map<String, Long> organisationsPerType, long receivedCents) {
        return switch (basis) {
        case FIXED -> amountCents;
        case SHARE -> (receivedCents * shareBasisPoints + 5_000) / 10_000;
        case PER_MEMBER -> organisationsPerType.entrySet().stream()
                .mapToLong(e -> e.getValue() * typeAmounts.getOrDefault(e.getKey(), amountCents)).sum();
        };
    }

    /** The amount per organisation of a type. */
    public long amountFor(String type) {
        return typeAmounts.getOrDefault(type, amountCents);
    }
}

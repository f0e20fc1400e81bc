package nl.dorpskracht.remittance.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An afdracht invoice of the national association to a province, with both sides of its payment: {@code receivedOn} as
 * the national association recorded it (then it is PAID), {@code paid} as the province recorded it (or null).
 */
public record RemittanceInvoice(UUID id, String national, String number, int year, String province, String provinceName,
        RemittanceBasis basis, LocalDate referenceDate, Map<String, Long> organisationsPerType, long receivedCents,
        long amountCents, LocalDate issuedOn, LocalDate dueOn, String status, LocalDate receivedOn, long version,
        PaidByProvince paid) {

    public static final String OPEN = "OPEN";
    public static final String PAID = "PAID";

    public RemittanceInvoice {
        organisationsPerType = Map.copyOf(organisationsPerType);
    }

    /** The province's own record that it paid. */
    public record PaidByProvince(LocalDate paidOn, long amountCents, String reference) {
    }
}

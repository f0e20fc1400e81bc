package nl.dorpskracht.contributions.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input for a payment: amount in cents, date (default today), method (default TRANSFER), reference. */
public record PaymentInput(Long amountCents, String paidOn, String method, String reference) {

    public record Valid(long amountCents, LocalDate paidOn, PaymentMethod method, String reference) {
    }

    public Valid validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Long cents = Inputs.cents(errors, "amountCents", amountCents, 1);
        LocalDate date = Inputs.date(errors, "paidOn", paidOn, today);
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.field("paidOn", "invalid.dateInFuture"));
        }
        PaymentMethod cleanMethod = Inputs.choice(errors, "method", method, PaymentMethod.class, PaymentMethod.TRANSFER,
                "invalid.paymentMethod");
        String cleanReference = Inputs.text(errors, "reference", reference, 100, null);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Valid(cents, date, cleanMethod, cleanReference);
    }
}

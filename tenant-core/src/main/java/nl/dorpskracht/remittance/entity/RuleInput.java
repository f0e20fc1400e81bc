package nl.dorpskracht.remittance.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The rule as a form or request gives it: basis, amounts in cents, share in hundredths of a percent, reference date.
 */
public record RuleInput(String basis, Long amountCents, Integer shareBasisPoints, Map<String, Long> typeAmounts,
        String referenceDate) {

    public static final long MAX_CENTS = 100_000_000L;

    public RemittanceRule validate(int year) {
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(FieldError.field("year", "invalid.range", 2000, 2100));
        }
        RemittanceBasis kind = null;
        try {
            kind = RemittanceBasis.valueOf(basis == null ? "" : basis.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field("basis", "invalid.remittanceBasis"));
        }
        long amount = amountCents == null ? 0 : amountCents;
        if (amount < 0 || amount > MAX_CENTS) {
            errors.add(FieldError.field("amountCents", "invalid.amount", 0, MAX_CENTS));
        }
        int share = shareBasisPoints == null ? 0 : shareBasisPoints;
        if (share < 0 || share > 10_000) {
            errors.add(FieldError.field("shareBasisPoints", "invalid.range", 0, 10_000));
        }
        Map<String, Long> perType = new LinkedHashMap<>();
        if (typeAmounts != null) {
            typeAmounts.forEach((type, cents) -> {
                String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
                try {
                    MemberType.valueOf(name);
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.field("typeAmounts", "invalid.memberType"));
                    return;
                }
                if (cents == null || cents < 0 || cents > MAX_CENTS) {
                    errors.add(FieldError.field("typeAmounts", "invalid.amount", 0, MAX_CENTS));
                    return;
                }
                perType.put(name, cents);
            });
        }
        LocalDate reference = null;
        try {
            reference = LocalDate.parse(referenceDate == null ? "" : referenceDate.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field("referenceDate", "invalid.date"));
        }
        if (reference != null && (reference.getYear() < year - 1 || reference.getYear() > year)) {
            errors.add(FieldError.field("referenceDate", "invalid.remittanceReferenceDate"));
        }
        if (kind == RemittanceBasis.SHARE && share == 0) {
            errors.add(FieldError.field("shareBasisPoints", "invalid.range", 1, 10_000));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new RemittanceRule(year, kind, kind == RemittanceBasis.SHARE ? 0 : amount,
                kind == RemittanceBasis.SHARE ? share : 0, kind == RemittanceBasis.PER_MEMBER ? perType : Map.of(),
                reference, 0);
    }
}

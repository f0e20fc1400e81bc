package nl.dorpskracht.contributions.control;

import java.util.List;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.Payer;

/** What a run means to bill one payer: a line per member. */
public record PlannedInvoice(Payer payer, List<Line> lines) {

    public record Line(UUID memberId, String memberName, UUID planId, String planName, Integer inhabitants,
            long amountCents) {
    }

    public long totalCents() {
        return lines.stream().mapToLong(Line::amountCents).sum();
    }
}

package nl.dorpskracht.newsletters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.PersonalDataSource;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * A contact person's consent withdrawals (an unsubscribe link used), with their dates, in their personal-data export.
 */
@ApplicationScoped
public class ConsentWithdrawalsOfPerson implements PersonalDataSource {

    @Inject
    TransactionFunctions functions;

    @Override
    public String section() {
        return "consentWithdrawals";
    }

    @Override
    public List<Map<String, Object>> about(UUID contactId) {
        return UnsubscribeLedger.withdrawals(functions::rows, contactId).stream()
                .map(row -> Map.<String, Object> of("consent", row.get("consent"), "givenOn",
                        String.valueOf(row.get("consent_given_on")), "withdrawnAt",
                        String.valueOf(row.get("withdrawn_at")), "source", row.get("source")))
                .toList();
    }
}

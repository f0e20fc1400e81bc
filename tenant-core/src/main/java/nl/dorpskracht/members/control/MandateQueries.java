package nl.dorpskracht.members.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.entity.SepaMandate;

/** Reads the tenant's SEPA mandates inside the caller's transaction. */
public final class MandateQueries {

    private MandateQueries() {
    }

    /** Every mandate of the tenant, by the organisation that gave it (one each). */
    public static Map<UUID, SepaMandate> byMember(EntityManager entityManager) {
        Map<UUID, SepaMandate> mandates = new HashMap<>();
        entityManager.createQuery("select m from SepaMandate m", SepaMandate.class).getResultStream()
                .forEach(m -> mandates.put(m.memberId(), m));
        return mandates;
    }
}

package nl.dorpskracht.contributions.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.dorpskracht.contributions.entity.SepaCreditor;

/** Reads the tenant's SEPA creditor settings (at most one) inside the caller's transaction. */
public final class CreditorQueries {

    private CreditorQueries() {
    }

    public static Optional<SepaCreditor> creditor(EntityManager entityManager) {
        return entityManager.createQuery("select c from SepaCreditor c", SepaCreditor.class).getResultStream()
                .findFirst();
    }
}

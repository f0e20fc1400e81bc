package nl.dorpskracht.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.members.control.PersonalDataSource;
import nl.dorpskracht.platform.database.Datasources;

/** A contact person's registrations in their personal-data export: what was stored, and what went to which host. */
@ApplicationScoped
public class RegistrationsOfPerson implements PersonalDataSource {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public List<Map<String, Object>> about(UUID contactId) {
        return entityManager
                .createQuery("select r from Registration r where r.contactId = :contact order by r.registeredAt",
                        Registration.class)
                .setParameter("contact", contactId).getResultStream().map(RegistrationsOfPerson::fields).toList();
    }

    private static Map<String, Object> fields(Registration registration) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", registration.id());
        fields.put("hostTenant", registration.hostTenant());
        fields.put("eventId", registration.eventId());
        fields.put("status", registration.status());
        fields.put("nameGivenToHost", registration.attendeeName());
        fields.put("emailGivenToHost", registration.attendeeEmail());
        fields.put("organisation", registration.organisationName());
        fields.put("registeredBy", registration.registeredBy());
        fields.put("registeredAt", registration.registeredAt());
        fields.put("sharingConsentAt", registration.sharingConsentAt());
        fields.put("cancelledAt", registration.cancelledAt());
        return fields;
    }
}

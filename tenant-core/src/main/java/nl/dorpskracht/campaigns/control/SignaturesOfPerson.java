package nl.dorpskracht.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.campaigns.entity.Endorsement;
import nl.dorpskracht.campaigns.entity.EndorsementKey;
import nl.dorpskracht.campaigns.entity.EndorsementSigner;
import nl.dorpskracht.members.control.PersonalDataSource;
import nl.dorpskracht.platform.database.Datasources;

/**
 * The campaigns a contact person co-signed for their organisation, in their personal-data export. The host of a
 * campaign got the organisation's name and municipality, never the person: the export says so.
 */
@ApplicationScoped
public class SignaturesOfPerson implements PersonalDataSource {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Override
    public String section() {
        return "campaignSignatures";
    }

    @Override
    public List<Map<String, Object>> about(UUID contactId) {
        return entityManager
                .createQuery("select s from EndorsementSigner s where s.contactId = :contact", EndorsementSigner.class)
                .setParameter("contact", contactId.toString()).getResultStream().map(this::fields).toList();
    }

    private Map<String, Object> fields(EndorsementSigner signer) {
        Endorsement endorsement = entityManager.find(Endorsement.class,
                new EndorsementKey(signer.hostTenant(), signer.campaignId(), signer.memberId()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("hostTenant", signer.hostTenant());
        fields.put("campaignId", signer.campaignId());
        fields.put("organisation", endorsement == null ? null : endorsement.organisationName());
        fields.put("signedAt", endorsement == null ? null : endorsement.signedAt());
        fields.put("givenToHost", "organisation name and municipality; not your name");
        return fields;
    }
}

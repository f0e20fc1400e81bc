package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.members.entity.ContactDetails;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.members.entity.Region;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.platform.database.Datasources;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/** Seeding is system code, not a request: it names its tenant itself instead of going through TenantAccess. */
@ApplicationScoped
@Transactional
public class DemoMembers {

    private static final List<String> FIRST_NAMES = List.of("Anja", "Bert", "Carla", "Dirk", "Els", "Frans", "Gerda",
            "Harrie", "Ineke", "Jan", "Karin", "Leo", "Marij", "Nico", "Olga", "Piet", "Riet", "Sjef", "Truus", "Wim");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssen", "van den Berg", "Hendriks", "Smeets",
            "de Vries", "Bakker", "Vermeulen", "Willems", "Kuijpers", "Maas", "Dekker", "Brouwer", "Hermans");
    private static final String DEMO_ACTOR = "demo";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    MunicipalityRegister municipalities;

    /** A demo member: the input, and whether the tenant's demo contact login belongs to it. */
    public record DemoMember(MemberInput input, boolean withMandate) {
    }

    public void addMissing(String tenant, List<DemoMember> demoMembers) {
        tenantWork.workIn(tenant);
        Set<String> regions = new HashSet<>(
                entityManager.createQuery("select lower(r.name) from Region r", String.class).getResultList());
        Set<String> present = new HashSet<>(entityManager
                .createQuery("select lower(concat(m.name, '|', coalesce(m.municipalityCode, m.municipality)))"
                        + " from MemberOrganisation m", String.class)
                .getResultList());
        int counter = present.size();
        for (DemoMember demo : demoMembers) {
            MemberDetails details = registered(tenant, demo.input().validate());
            if (details.region() != null && regions.add(details.region().toLowerCase(Locale.ROOT))) {
                entityManager.persist(new Region(details.region()));
                entityManager.flush();
            }
            String identity = (details.name() + "|" + details.municipalityCode()).toLowerCase(Locale.ROOT);
            if (present.add(identity)) {
                add(details, demo.withMandate(), counter++);
            }
        }
    }

    /** The demo file writes municipalities as people do ("Beek"); the register knows them all. */
    private MemberDetails registered(String tenant, MemberDetails details) {
        Municipality municipality = municipalities.match(tenant, details.municipality()).orElseThrow(
                () -> new IllegalStateException("Demo municipality not in the register: " + details.municipality()));
        return details.withMunicipality(municipality.name(), municipality.code());
    }

    /** Makes the demo login a contact person of the tenant's first member organisation. */
    public void linkContactLogin(String tenant, String email, String displayName, UUID accountId) {
        tenantWork.workIn(tenant);
        boolean linked = !entityManager
                .createQuery("select c.id from ContactPerson c where c.accountId = :account", UUID.class)
                .setParameter("account", accountId.toString()).getResultList().isEmpty();
        if (linked) {
            return;
        }
        MemberOrganisation first = entityManager
                .createQuery("select m from MemberOrganisation m order by m.createdAt, m.name",
                        MemberOrganisation.class)
                .setMaxResults(1).getSingleResult();
        ContactPerson contact = new ContactPerson(first.id(),
                new ContactDetails(displayName, "Secretaris", email, null, false, LocalDate.of(2025, 1, 6), null));
        contact.linkAccount(accountId);
        entityManager.persist(contact);
    }

    public void appointAmbassador(String tenant, String regionName, UUID accountId, String displayName, String email) {
        tenantWork.workIn(tenant);
        Region region = entityManager.createQuery("select r from Region r where r.name = :name", Region.class)
                .setParameter("name", regionName).getSingleResult();
        if (entityManager.find(nl.dorpskracht.members.entity.Ambassadorship.class,
                new nl.dorpskracht.members.entity.Ambassadorship.Key(accountId, region.id())) == null) {
            entityManager.persist(
                    new nl.dorpskracht.members.entity.Ambassadorship(accountId, region.id(), displayName, email));
        }
    }

    private void add(MemberDetails details, boolean withMandate, int counter) {
        MemberDetails sized = new MemberDetails(details.name(), details.type(), details.municipality(), details.place(),
                details.region(), details.street(), details.postalCode(), details.email(), details.phone(),
                300 + Math.floorMod(details.name().hashCode(), 4700),
                LocalDate.of(2010 + counter % 15, 1 + counter % 12, 1), details.municipalityCode());
        MemberOrganisation member = new MemberOrganisation(sized, MemberStatus.ACTIVE);
        entityManager.persist(member);
        entityManager.flush();
        entityManager.persist(new MemberStatusChange(member.id(), MemberStatus.ACTIVE, DEMO_ACTOR, "demo"));
        String first = FIRST_NAMES.get(counter % FIRST_NAMES.size());
        String last = LAST_NAMES.get(counter % LAST_NAMES.size());
        String domain = details.email() == null ? "dorp.demo"
                : details.email().substring(details.email().indexOf('@') + 1);
        String mailbox = (first + "." + last.replace(" ", "")).toLowerCase(Locale.ROOT);
        entityManager.persist(new ContactPerson(member.id(),
                new ContactDetails(first + " " + last, "Secretaris", mailbox + "@" + domain,
                        "06 " + (10000000 + counter * 7919 % 89999999), true,
                        counter % 3 == 0 ? null : LocalDate.of(2024, 9, 1),
                        counter % 2 == 0 ? LocalDate.of(2024, 9, 1) : null)));
        if (withMandate) {
            String account = String.format("%010d", 417164300L + counter);
            Iban iban = new Iban.Builder().countryCode(CountryCode.NL).bankCode("ABNA").accountNumber(account).build();
            entityManager.persist(new SepaMandate(member.id(), new MandateDetails(iban.toString(), "ABNANL2A",
                    "DEMO-" + (1000 + counter), LocalDate.of(2024, 1, 15))));
        }
    }
}

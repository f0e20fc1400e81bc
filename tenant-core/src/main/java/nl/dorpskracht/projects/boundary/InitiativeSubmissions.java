package nl.dorpskracht.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.control.InitiativeInput;
import nl.dorpskracht.projects.control.InitiativeQueries;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.control.InitiativeWorkflow;
import nl.dorpskracht.projects.control.InitiativeWorkflow.Action;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * A member contact's own initiatives: they submit one for their organisation (the admin publishes or rejects it),
 * change a rejected one and submit it again, and withdraw their consent to be shown as its contact. The organisation
 * and contact person are always the caller's own, whatever the input says.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InitiativeSubmissions {

    public static final int MAX_OWN = 100;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    InitiativeService initiatives;

    @Inject
    InitiativeQueries queries;

    @Inject
    ContactService contacts;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** What the caller submitted, newest first. */
    public List<InitiativeView> mine() {
        contacts.ofCaller();
        UUID account = caller.accountId().orElseThrow(() -> new ProblemException(ProblemCode.CONTACT_NOT_FOUND));
        return queries.submittedBy(entityManager, account, MAX_OWN).stream().map(initiatives::ownView).toList();
    }

    /** A new initiative of the caller's organisation, submitted for the admin's approval. */
    public InitiativeView submit(InitiativeInput input) {
        ContactPerson self = contacts.ofCaller();
        InitiativeDetails details = ofOwnOrganisation(input.validate(initiatives.activeThemes()), self);
        List<InitiativeInput.Link> links = input.validLinks();
        Initiative initiative = new Initiative(details, initiatives.organisation(self.organisationId()),
                InitiativeStatus.SUBMITTED);
        initiative.submittedBy(caller.accountId().orElse(null));
        initiatives.applyContact(initiative, self.organisationId(), self.id(),
                Boolean.TRUE.equals(input.contactConsent()));
        entityManager.persist(initiative);
        entityManager.flush();
        initiatives.replaceLinks(initiative.id(), links);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        details.fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        changes.put("status", new Object[] { null, InitiativeStatus.SUBMITTED });
        audit.record("SUBMIT", InitiativeService.AUDIT_TYPE, initiative.id(), changes);
        return initiatives.ownView(initiative);
    }

    /** Changes a rejected (or draft) initiative the caller submitted and submits it again; stale version → 409. */
    public InitiativeView resubmit(UUID id, InitiativeInput input) {
        ContactPerson self = contacts.ofCaller();
        Initiative initiative = mineOnly(id);
        if (!InitiativeWorkflow.editableByContact(initiative.status())) {
            throw new ProblemException(ProblemCode.INITIATIVE_STATUS);
        }
        InitiativeService.requireVersion(initiative, input.version());
        InitiativeDetails details = ofOwnOrganisation(input.validate(initiatives.activeThemes()), self);
        List<InitiativeInput.Link> links = input.validLinks();
        Map<String, Object[]> changes = initiative.describe(details, initiatives.organisation(self.organisationId()));
        initiatives.applyContact(initiative, self.organisationId(), self.id(),
                Boolean.TRUE.equals(input.contactConsent()));
        InitiativeStatus before = initiative.status();
        initiative.moveTo(InitiativeWorkflow.next(before, Action.SUBMIT), null);
        initiatives.replaceLinks(id, links);
        entityManager.flush();
        changes.put("status", new Object[] { before, initiative.status() });
        audit.record("SUBMIT", InitiativeService.AUDIT_TYPE, id, changes);
        return initiatives.ownView(initiative);
    }

    /** The caller no longer wants to be shown as the contact of an initiative: name and e-mail go at once. */
    public InitiativeView withdrawConsent(UUID id) {
        contacts.ofCaller();
        Initiative initiative = initiatives.own(id);
        UUID self = contacts.ofCaller().id();
        if (!self.equals(initiative.contactPersonId())) {
            throw new ProblemException(ProblemCode.INITIATIVE_NOT_YOURS);
        }
        initiative.forgetContact(false);
        entityManager.flush();
        audit.record("WITHDRAW_CONSENT", InitiativeService.AUDIT_TYPE, id,
                Map.of("contactConsent", new Object[] { true, false }));
        return initiatives.ownView(initiative);
    }

    private Initiative mineOnly(UUID id) {
        Initiative initiative = initiatives.own(id);
        UUID account = caller.accountId().orElse(null);
        if (account == null || !account.equals(initiative.submittedBy())) {
            throw InitiativeService.notFound();
        }
        return initiative;
    }

    /** A contact writes for their own organisation only; the member id of the input is not theirs to choose. */
    private static InitiativeDetails ofOwnOrganisation(InitiativeDetails d, ContactPerson self) {
        return new InitiativeDetails(self.organisationId(), d.place(), d.municipalityCode(), d.title(), d.summary(),
                d.goal(), d.approach(), d.result(), d.costs(), d.funding(), d.subsidised(), d.lessonsLearned(),
                d.themes(), d.year(), d.visibility());
    }
}

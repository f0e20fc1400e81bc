package nl.dorpskracht.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.members.control.ContactErased;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.control.InitiativeInput;
import nl.dorpskracht.projects.control.InitiativeQueries;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.control.InitiativeWorkflow;
import nl.dorpskracht.projects.control.InitiativeWorkflow.Action;
import nl.dorpskracht.projects.control.SharedParts;
import nl.dorpskracht.projects.entity.ContactFacts;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeLink;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.projects.entity.InitiativeTheme;
import nl.dorpskracht.projects.entity.InitiativeVisibility;
import nl.dorpskracht.projects.entity.OrganisationFacts;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * The Projectenbank of an association. Admins write initiatives and move them through their workflow (every write
 * audited); member contacts submit theirs ({@link InitiativeSubmissions}); every reader of the tenant reads its own
 * published initiatives and other associations' shared ones.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InitiativeService {

    public static final String AUDIT_TYPE = "Initiative";
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_MERGED_PAGE = 20;

    /** Which published initiatives: the association's own, other associations' shared ones, or both. */
    public enum Scope {
        OWN, SHARED, ALL
    }

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    InitiativeQueries queries;

    @Inject
    SharedParts sharedParts;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    MunicipalityRegister municipalities;

    @Inject
    Caller caller;

    public List<InitiativeTheme> themes() {
        return queries.themes(entityManager);
    }

    /** Admins: one page of the association's own initiatives, of one status if given. */
    public List<InitiativeView> list(InitiativeStatus status, int page, int size) {
        requireAdmin();
        int limit = limit(size);
        return queries.ownList(entityManager, status, offset(page, limit), limit).stream().map(this::ownView).toList();
    }

    /** Admins: how many of the association's own initiatives there are, of one status if given. */
    public long count(InitiativeStatus status) {
        requireAdmin();
        return queries.ownCount(entityManager, status);
    }

    /** Every reader: published initiatives, newest first: own (any visibility) and/or other associations' shared. */
    public List<InitiativeView> published(Scope scope, int page, int size) {
        int limit = limit(size);
        // both sources are read up to the page's end and merged, so the deepest page is bounded
        int offset = Math.max(0, Math.min(page, MAX_MERGED_PAGE)) * limit;
        List<InitiativeView> views = new ArrayList<>();
        if (scope != Scope.SHARED) {
            queries.ownPublished(entityManager, List.of(InitiativeVisibility.values()), 0, offset + limit).stream()
                    .map(this::ownView).forEach(views::add);
        }
        if (scope != Scope.OWN) {
            queries.shared(entityManager, 0, offset + limit).stream()
                    .map(s -> InitiativeView.shared(s, List.of(), List.of())).forEach(views::add);
        }
        views.sort(Comparator.comparing(InitiativeView::updatedAt, Comparator.reverseOrder())
                .thenComparing(InitiativeView::id));
        return views.subList(Math.min(offset, views.size()), Math.min(offset + limit, views.size()));
    }

    /** The public pages: the association's own published initiatives for everyone, newest first. */
    public List<InitiativeView> publicList(int limit) {
        return queries.ownPublished(entityManager, List.of(InitiativeVisibility.PUBLIC), 0, limit(limit)).stream()
                .map(i -> ownView(i).forPublic()).toList();
    }

    /** The public pages: one of them; anything else (a draft, one for associations only) is empty. */
    public java.util.Optional<InitiativeView> publicOne(UUID id) {
        return queries.own(entityManager, tenant.require(), id)
                .filter(i -> i.status() == InitiativeStatus.PUBLISHED && i.visibility() == InitiativeVisibility.PUBLIC)
                .map(i -> ownView(i).forPublic());
    }

    /** Admins: an own initiative in any status. */
    public InitiativeView find(UUID id) {
        requireAdmin();
        return ownView(own(id));
    }

    /**
     * Every reader: an initiative of {@code host} - the own association's if published (or submitted by the caller),
     * another's only when it is shared with this one. Anything else is not found.
     */
    public InitiativeView read(String host, UUID id) {
        String code = tenant.require();
        if (code.equals(host)) {
            Initiative initiative = queries.own(entityManager, code, id)
                    .filter(i -> i.status() == InitiativeStatus.PUBLISHED || isAdmin()
                            || (i.submittedBy() != null && i.submittedBy().equals(caller.accountId().orElse(null))))
                    .orElseThrow(InitiativeService::notFound);
            return ownView(initiative);
        }
        return queries.shared(entityManager, host, id)
                .map(s -> InitiativeView.shared(s, sharedParts.links(host, id), sharedParts.files(host, id)))
                .orElseThrow(InitiativeService::notFound);
    }

    /** Admins: a new draft. */
    public InitiativeView create(InitiativeInput input) {
        requireAdmin();
        InitiativeDetails details = input.validate(activeThemes());
        List<InitiativeInput.Link> links = input.validLinks();
        Initiative initiative = new Initiative(details, organisation(details.memberId()), InitiativeStatus.DRAFT);
        applyContact(initiative, details.memberId(), input.contactPerson(),
                Boolean.TRUE.equals(input.contactConsent()));
        entityManager.persist(initiative);
        entityManager.flush();
        replaceLinks(initiative.id(), links);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        details.fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        changes.put("links", new Object[] { null, links.size() });
        changes.put("contactConsent", new Object[] { null, initiative.contactConsent() });
        audit.record("CREATE", AUDIT_TYPE, initiative.id(), changes);
        return ownView(initiative);
    }

    /** Admins: new content for an own initiative; a stale version is a 409. */
    public InitiativeView update(UUID id, InitiativeInput input) {
        requireAdmin();
        Initiative initiative = own(id);
        InitiativeDetails details = input.validate(activeThemes());
        List<InitiativeInput.Link> links = input.validLinks();
        requireVersion(initiative, input.version());
        OrganisationFacts organisation = organisation(details.memberId());
        boolean consentBefore = initiative.contactConsent();
        UUID contactBefore = initiative.contactPersonId();
        Map<String, Object[]> changes = initiative.describe(details, organisation);
        applyContact(initiative, details.memberId(), input.contactPerson(),
                Boolean.TRUE.equals(input.contactConsent()));
        if (consentBefore != initiative.contactConsent()) {
            changes.put("contactConsent", new Object[] { consentBefore, initiative.contactConsent() });
        }
        if (!java.util.Objects.equals(contactBefore, initiative.contactPersonId())) {
            changes.put("contactPersonId", new Object[] { contactBefore, initiative.contactPersonId() });
        }
        int linksBefore = queries.links(entityManager, id).size();
        replaceLinks(id, links);
        changes.put("links", new Object[] { linksBefore, links.size() });
        entityManager.flush();
        audit.record("UPDATE", AUDIT_TYPE, id, changes);
        return ownView(initiative);
    }

    /** Admins: publish, reject (with a reason) or archive; {@code expectedVersion} guards against a stale screen. */
    public InitiativeView move(UUID id, Action action, String reason, Long expectedVersion) {
        requireAdmin();
        if (action == Action.SUBMIT) {
            throw new ProblemException(ProblemCode.INITIATIVE_STATUS);
        }
        Initiative initiative = own(id);
        if (expectedVersion != null) {
            requireVersion(initiative, expectedVersion);
        }
        String cleanReason = reason == null ? null : reason.strip();
        if (action == Action.REJECT && (cleanReason == null || cleanReason.isEmpty() || cleanReason.length() > 1000)) {
            throw new ProblemException(ProblemCode.INITIATIVE_REJECTION_REASON);
        }
        InitiativeStatus before = initiative.status();
        initiative.moveTo(InitiativeWorkflow.next(before, action), cleanReason);
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("status", new Object[] { before, initiative.status() });
        if (action == Action.REJECT) {
            changes.put("rejectionReason", new Object[] { null, cleanReason.length() + " tekens" });
        }
        audit.record(action.name(), AUDIT_TYPE, id, changes);
        return ownView(initiative);
    }

    /** Admins: deletes an own initiative with its links and files. */
    public void delete(UUID id) {
        requireAdmin();
        Initiative initiative = own(id);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        initiative.details().fields().forEach((field, value) -> changes.put(field, new Object[] { value, null }));
        entityManager.createQuery("delete from InitiativeLink l where l.initiativeId = :id").setParameter("id", id)
                .executeUpdate();
        entityManager
                .createQuery("delete from InitiativeFileContent c where c.fileId in"
                        + " (select f.id from InitiativeFile f where f.initiativeId = :id)")
                .setParameter("id", id).executeUpdate();
        entityManager.createQuery("delete from InitiativeFile f where f.initiativeId = :id").setParameter("id", id)
                .executeUpdate();
        entityManager.remove(initiative);
        entityManager.flush();
        audit.record("DELETE", AUDIT_TYPE, id, changes);
    }

    /** An erased contact person leaves no trace on initiatives: link, name, e-mail and consent go. */
    public void forgetContact(@Observes ContactErased erased) {
        for (Initiative initiative : queries.ofContact(entityManager, erased.contactId())) {
            initiative.forgetContact(true);
            audit.record("system", "FORGET_CONTACT", AUDIT_TYPE, initiative.id(),
                    Map.of("contactPersonId", new Object[] { erased.contactId(), null }));
        }
        entityManager.flush();
    }

    // --- shared with InitiativeSubmissions and InitiativeFiles

    Initiative own(UUID id) {
        return queries.own(entityManager, tenant.require(), id).orElseThrow(InitiativeService::notFound);
    }

    InitiativeView ownView(Initiative initiative) {
        String code = tenant.require();
        String host = registry.nameOf(code);
        String province = registry.find(code).map(t -> t.provinceCode())
                .flatMap(p -> municipalities.provinces().stream().filter(x -> x.code().equals(p)).findFirst())
                .map(p -> p.name()).orElse(null);
        String municipality = initiative.details().municipalityCode() == null ? null
                : municipalities.find(initiative.details().municipalityCode()).map(m -> m.name()).orElse(null);
        List<InitiativeInput.Link> links = queries.links(entityManager, initiative.id()).stream()
                .map(l -> new InitiativeInput.Link(l.url(), l.label())).toList();
        List<InitiativeView.FileView> files = queries.files(entityManager, initiative.id()).stream()
                .map(f -> new InitiativeView.FileView(f.id(), f.file().fileName(), f.file().contentType(),
                        f.file().size(), f.addedAt()))
                .toList();
        return InitiativeView.own(code, host, province, municipality, initiative, links, files);
    }

    Set<String> activeThemes() {
        return queries.themes(entityManager).stream().filter(InitiativeTheme::active).map(InitiativeTheme::code)
                .collect(Collectors.toSet());
    }

    OrganisationFacts organisation(UUID memberId) {
        if (memberId == null) {
            return null;
        }
        MemberOrganisation member = entityManager.find(MemberOrganisation.class, memberId);
        if (member == null) {
            throw new ProblemException(ProblemCode.INITIATIVE_MEMBER_NOT_FOUND);
        }
        return new OrganisationFacts(member.name(), member.type().name());
    }

    /** The contact must be a (not erased) contact person of the initiative's member organisation. */
    void applyContact(Initiative initiative, UUID memberId, UUID contactId, boolean consent) {
        if (contactId == null) {
            initiative.contact(null, null, false);
            return;
        }
        ContactPerson person = entityManager.find(ContactPerson.class, contactId);
        if (person == null || person.isErased() || memberId == null || !person.organisationId().equals(memberId)) {
            throw new ProblemException(ProblemCode.INITIATIVE_CONTACT_NOT_FOUND);
        }
        initiative.contact(contactId, new ContactFacts(person.name(), person.email()), consent);
    }

    void replaceLinks(UUID id, List<InitiativeInput.Link> links) {
        entityManager.createQuery("delete from InitiativeLink l where l.initiativeId = :id").setParameter("id", id)
                .executeUpdate();
        for (int i = 0; i < links.size(); i++) {
            entityManager.persist(new InitiativeLink(id, i, links.get(i).url(), links.get(i).label()));
        }
        entityManager.flush();
    }

    static void requireVersion(Initiative initiative, Long expected) {
        if (expected == null || expected != initiative.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
    }

    boolean isAdmin() {
        return caller.holds(tenant.require(), Role.TENANT_ADMIN);
    }

    void requireAdmin() {
        if (!isAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemCode.INITIATIVE_NOT_FOUND);
    }

    private static int limit(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private static int offset(int page, int limit) {
        return Math.max(0, Math.min(page, MAX_PAGE)) * limit;
    }
}

package nl.dorpskracht.web.newsletters;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.newsletters.boundary.NewsletterArchive;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.portal.MemberTenant;
import nl.dorpskracht.web.portal.MemberView;

/**
 * Nieuwsbrieven in the portal: the member's association's sent newsletters, newest first, and one of them as it went
 * out ({@code ?id=}). The HTML shown is the archive copy the newsletter component rendered from sanitised items, with
 * nobody's unsubscribe link.
 */
@Named("newsletterArchive")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class NewsletterArchivePage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    NewsletterArchive archive;

    private String tenant;
    private String id;
    private transient List<NewsletterArchive.Issue> issues;
    private transient NewsletterArchive.Issue issue;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public List<NewsletterArchive.Issue> getIssues() {
        if (issues == null) {
            issues = tenant == null ? List.of() : archive.memberIssues(NewsletterArchive.MAX);
        }
        return issues;
    }

    /** The issue of {@code ?id=}, or null. */
    public NewsletterArchive.Issue getIssue() {
        if (issue == null && tenant != null && id != null) {
            try {
                issue = archive.memberIssue(UUID.fromString(id)).orElse(null);
            } catch (IllegalArgumentException notAnId) {
                issue = null;
            }
        }
        return issue;
    }

    public String when(OffsetDateTime at) {
        return at == null ? "—" : DutchDates.day(at, DutchDates.pageLocale());
    }

    public boolean isMember() {
        return tenant != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}

package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.news.boundary.NewsService;
import nl.dorpskracht.news.control.NewsHtml;
import nl.dorpskracht.news.control.NewsInput;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * "Nieuws insturen": a contact person sends a news item of their own organisation to the association, which publishes
 * or rejects it; below the form, the organisation's submissions with where they stand and why one was rejected. The
 * text is plain: paragraphs are kept, nothing is read as HTML.
 */
@Named("newsSubmission")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class NewsSubmissionPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    MemberTenant memberTenant;

    @Inject
    NewsService news;

    private String tenant;
    private String title;
    private String summary;
    private String text;
    private List<NewsView> submissions;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public void submit() {
        try {
            news.create(new NewsInput(title, summary, NewsHtml.fromPlainText(text), "MEMBERS", false));
            PageMessages.info("portal.news.submitted");
            title = null;
            summary = null;
            text = null;
            submissions = null;
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    /** The organisation's own submissions, newest first. */
    public List<NewsView> getSubmissions() {
        if (submissions == null && tenant != null) {
            try {
                submissions = news.list(null, 0, SHOWN).items();
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                submissions = List.of();
            }
        }
        return submissions == null ? List.of() : submissions;
    }

    public String status(NewsView item) {
        return PageMessages.text("portal.news.status." + item.status().name());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}

package nl.dorpskracht.admin.newsletters;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.newsletters.boundary.Newsletters;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.NewsletterInput;
import nl.dorpskracht.newsletters.control.Progress;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * One newsletter: while a draft, its title, intro and chosen items (own and national, in order); its preview exactly as
 * the mail renders it; sending it once; then its progress and counts, polled while it goes out.
 */
@Named("newsletterPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class NewsletterPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletters newsletters;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String id;
    private String title;
    private String intro;
    private long version;
    private boolean publicIssue;
    private final List<UUID> chosen = new ArrayList<>();
    private transient Newsletter newsletter;
    private transient Map<UUID, NewsArticle> choices;
    private transient Bodies preview;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void load() {
        newsletter = null;
        if (tenant == null || newsletterId() == null) {
            return;
        }
        Newsletter found = getNewsletter();
        if (found != null) {
            title = found.title();
            intro = found.intro();
            version = found.version();
            chosen.clear();
            found.sections().forEach(section -> chosen.add(section.newsId()));
        }
    }

    public Newsletter getNewsletter() {
        UUID newsletterId = newsletterId();
        if (newsletter == null && tenant != null && newsletterId != null) {
            try {
                newsletter = newsletters.find(newsletterId);
            } catch (ProblemException notThere) {
                if (notThere.code() != ProblemCode.NEWSLETTER_NOT_FOUND) {
                    throw notThere;
                }
            }
        }
        return newsletter;
    }

    /** Published items to choose from, own and national, newest first (those chosen already left out). */
    public List<NewsArticle> getAvailable() {
        return choices().values().stream().filter(article -> !chosen.contains(article.id())).toList();
    }

    public List<NewsArticle> getChosenItems() {
        return chosen.stream().map(choices()::get).filter(java.util.Objects::nonNull).toList();
    }

    public boolean own(NewsArticle article) {
        return tenant.equals(article.tenantCode());
    }

    public void add(String item) {
        UUID id = UUID.fromString(item);
        if (!chosen.contains(id) && choices().containsKey(id)) {
            chosen.add(id);
        }
    }

    public void remove(String item) {
        chosen.remove(UUID.fromString(item));
    }

    /** Moves an item one place up (towards the top of the newsletter). */
    public void up(String item) {
        int at = chosen.indexOf(UUID.fromString(item));
        if (at > 0) {
            chosen.add(at - 1, chosen.remove(at));
        }
    }

    public void down(String item) {
        int at = chosen.indexOf(UUID.fromString(item));
        if (at >= 0 && at < chosen.size() - 1) {
            chosen.add(at + 1, chosen.remove(at));
        }
    }

    public String save() {
        return act(() -> newsletters.update(newsletterId(), version, new NewsletterInput(title, intro, chosen)),
                "newsletters.saved");
    }

    public String send() {
        return act(() -> newsletters.send(newsletterId(), version, publicIssue), "newsletters.sending");
    }

    public String delete() {
        try {
            newsletters.delete(newsletterId());
            return "/admin/newsletters?faces-redirect=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "composer");
            return null;
        }
    }

    public Bodies getPreview() {
        if (preview == null && getNewsletter() != null) {
            try {
                preview = newsletters.preview(newsletterId());
            } catch (ProblemException problem) {
                FacesSupport.report(problem, "composer");
            }
        }
        return preview;
    }

    public Progress getProgress() {
        return getNewsletter() == null || getNewsletter().isDraft() ? null : newsletters.progress(newsletterId());
    }

    public List<Map<String, Object>> getUnsubscribed() {
        return getNewsletter() == null || getNewsletter().isDraft() ? List.of()
                : newsletters.unsubscribed(newsletterId());
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesSupport.info(doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/newsletter?faces-redirect=true&id=" + newsletterId();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "composer");
            return null;
        }
    }

    private Map<UUID, NewsArticle> choices() {
        if (choices == null) {
            choices = new LinkedHashMap<>();
            if (tenant != null) {
                newsletters.choices().forEach(article -> choices.put(article.id(), article));
            }
        }
        return choices;
    }

    private UUID newsletterId() {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public boolean isPublicIssue() {
        return publicIssue;
    }

    public void setPublicIssue(boolean publicIssue) {
        this.publicIssue = publicIssue;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}

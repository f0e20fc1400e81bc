package nl.dorpskracht.admin.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import jakarta.servlet.http.Part;
import nl.dorpskracht.news.boundary.NewsFileService;
import nl.dorpskracht.news.boundary.NewsService;
import nl.dorpskracht.news.control.FileCheck;
import nl.dorpskracht.news.control.NewsHtml;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * One news item for the admin: edit it (the body as simple HTML, cleaned on save), preview it as members will see it,
 * publish a draft or approve a submission, reject a submission with a reason, archive what was published, delete a
 * draft.
 */
@Named("newsItemPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class NewsItemPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    @Inject
    NewsService news;

    @Inject
    NewsFileService files;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private String id;
    private UUID newsId;
    private NewsView item;
    private String reason;
    private final NewsListPage.NewsForm form = new NewsListPage.NewsForm();
    private transient Part image;
    private transient Part attachment;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /** The view action: the item of this tenant, or a message that there is none. */
    public void load() {
        if (tenant == null || item != null) {
            return;
        }
        try {
            show(news.find(RequestParts.id(id, ProblemCode.NEWS_NOT_FOUND)));
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void save() {
        attempt(() -> news.update(newsId, item.version(), form.input()), "news.saved");
    }

    public void publish() {
        attempt(() -> news.publish(newsId, item.version()), "news.published");
    }

    public void reject() {
        attempt(() -> news.reject(newsId, item.version(), reason), "news.rejected");
    }

    public void archive() {
        attempt(() -> news.archive(newsId, item.version()), "news.archived");
    }

    /** Sets or replaces the image; its bytes decide whether it is one (see FileCheck). */
    public void uploadImage() {
        upload(image, FileKind.IMAGE, "news.imageSaved");
    }

    public void uploadAttachment() {
        upload(attachment, FileKind.ATTACHMENT, "news.attachmentSaved");
    }

    private void upload(Part part, FileKind kind, String done) {
        if (part == null || part.getSize() == 0) {
            FacesSupport.error("news.noFile");
            return;
        }
        try {
            if (part.getSize() > FileCheck.maxBytes(kind)) {
                throw FileCheck.tooLarge(kind);
            }
            byte[] bytes;
            try (var in = part.getInputStream()) {
                bytes = in.readNBytes(FileCheck.maxBytes(kind) + 1);
            }
            if (kind == FileKind.IMAGE) {
                files.putImage(newsId, part.getSubmittedFileName(), bytes);
            } else {
                files.addAttachment(newsId, part.getSubmittedFileName(), bytes);
            }
            show(news.find(newsId));
            FacesSupport.infoAsWritten(done);
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String delete() {
        try {
            news.delete(newsId);
            return "/admin/news?faces-redirect=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
            return null;
        }
    }

    private void attempt(java.util.function.Supplier<NewsView> step, String done) {
        try {
            show(step.get());
            FacesSupport.infoAsWritten(done);
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "itemForm:");
        }
    }

    private void show(NewsView view) {
        item = view;
        newsId = view.id();
        form.load(view);
        reason = null;
    }

    /** The body as members will see it; cleaned once more on the way out. */
    public String getPreview() {
        return item == null ? "" : NewsHtml.sanitise(item.bodyHtml());
    }

    public String getPublishedAt() {
        return item == null || item.publishedAt() == null ? ""
                : item.publishedAt().atZoneSameInstant(DutchTime.ZONE).format(WHEN);
    }

    public boolean isOwn() {
        return item != null && item.version() != null;
    }

    public boolean isEditable() {
        return isOwn() && item.status() != NewsStatus.ARCHIVED;
    }

    public boolean isPublishable() {
        return isOwn() && (item.status() == NewsStatus.DRAFT || item.status() == NewsStatus.SUBMITTED);
    }

    public boolean isRejectable() {
        return isOwn() && item.status() == NewsStatus.SUBMITTED;
    }

    public boolean isArchivable() {
        return isOwn() && item.status() == NewsStatus.PUBLISHED;
    }

    public boolean isDeletable() {
        return isOwn() && (item.status() == NewsStatus.DRAFT || item.status() == NewsStatus.REJECTED);
    }

    public boolean isNationalTenant() {
        return tenant != null && registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    public NewsView getItem() {
        return item;
    }

    public NewsListPage.NewsForm getForm() {
        return form;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}

package nl.dorpskracht.web.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.documents.boundary.DocumentFolders;
import nl.dorpskracht.documents.boundary.DocumentService;
import nl.dorpskracht.documents.control.DocumentView;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.portal.MemberTenant;
import nl.dorpskracht.web.portal.MemberView;
import nl.dorpskracht.web.portal.PageMessages;
import nl.dorpskracht.web.portal.PortalPreference;

/**
 * The portal's "Documenten": the member's own association's library by folder ("Mijn provincie"), or the national
 * documents of LVKK ("Landelijk"), with the same remembered switch as the agenda. Downloads go through the API's
 * download, which logs a members-only file in the member's own province.
 */
@Named("portalDocuments")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalDocumentsPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;
    /** The most documents one scope shows; the API pages further. */
    private static final int SHOWN = 100;

    @Inject
    MemberTenant memberTenant;

    @Inject
    DocumentService documents;

    @Inject
    DocumentFolders folders;

    @Inject
    PortalPreference preference;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private PortalScope scope = PortalScope.LOCAL;
    private transient List<FolderGroup> groups;
    private transient Map<Boolean, List<DocumentView>> newest;

    /** One folder's documents, in the order the page shows them. */
    public record FolderGroup(String name, String host, List<DocumentView> documents) {
    }

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        if (!own.isEmpty()) {
            tenant = own.get(0);
            scope = preference.current();
        }
    }

    public List<FolderGroup> getGroups() {
        if (groups == null && tenant != null) {
            try {
                groups = scope == PortalScope.NATIONAL ? nationalGroups() : localGroups();
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                groups = List.of();
            }
        }
        return groups == null ? List.of() : groups;
    }

    /** The newest few of a scope, for the portal's start page. */
    public List<DocumentView> newest(boolean national) {
        if (tenant == null) {
            return List.of();
        }
        if (newest == null) {
            newest = new java.util.HashMap<>();
        }
        return newest.computeIfAbsent(national,
                n -> documents.list(n ? DocumentService.Scope.NATIONAL : DocumentService.Scope.LOCAL, null, 0, 5));
    }

    public void choose(String chosen) {
        scope = PortalScope.parse(chosen);
        preference.remember(scope);
        groups = null;
    }

    private List<FolderGroup> localGroups() {
        Map<String, List<DocumentView>> byFolder = new LinkedHashMap<>();
        folders.list().stream().map(DocumentFolder::name).forEach(name -> byFolder.put(name, new ArrayList<>()));
        documents.list(DocumentService.Scope.LOCAL, null, 0, SHOWN)
                .forEach(d -> byFolder.computeIfAbsent(d.folder(), f -> new ArrayList<>()).add(d));
        return byFolder.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new FolderGroup(e.getKey(), null, e.getValue())).toList();
    }

    private List<FolderGroup> nationalGroups() {
        Map<String, List<DocumentView>> byFolder = new LinkedHashMap<>();
        documents.list(DocumentService.Scope.NATIONAL, null, 0, SHOWN).forEach(
                d -> byFolder.computeIfAbsent(d.tenantCode() + "\u0000" + d.folder(), f -> new ArrayList<>()).add(d));
        return byFolder.entrySet().stream().map(e -> {
            String host = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            return new FolderGroup(e.getValue().get(0).folder(), registry.nameOf(host), e.getValue());
        }).toList();
    }

    /** The download: the API's, in the member's own province (where a members-only download is logged). */
    public String downloadUrl(DocumentView document) {
        return "/api/v1/" + tenant + "/documents/" + document.id() + "/content";
    }

    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " kB";
        }
        return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** "PDF", "DOCX", …: the file's extension, as people know the kinds. */
    public String kind(DocumentView document) {
        String name = document.fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isMember() {
        return tenant != null;
    }

    public boolean isNational() {
        return scope == PortalScope.NATIONAL;
    }

    public String getTenantName() {
        return tenant == null ? null : registry.nameOf(tenant);
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}

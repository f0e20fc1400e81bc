package nl.dorpskracht.admin.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.admin.contributions.FacesSupport;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.boundary.LetterService;
import nl.dorpskracht.campaigns.boundary.OutreachService;
import nl.dorpskracht.campaigns.boundary.TargetService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.control.CosignerCounts;
import nl.dorpskracht.campaigns.control.CosignerView;
import nl.dorpskracht.campaigns.control.EndorsementView;
import nl.dorpskracht.campaigns.control.LetterFiles;
import nl.dorpskracht.campaigns.control.LetterSummary;
import nl.dorpskracht.campaigns.control.TargetView;
import nl.dorpskracht.campaigns.entity.Outcome;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * One campaign for the association's admins. Its own: the letter, the speerpunten in order, the targets, moving it
 * forward, and for a national one every organisation and the counts per province and municipality. Its own or another
 * association's national one: the province's own co-signatures, signing on behalf of a member and withdrawing.
 */
@Named("campaignPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final int MEMBER_CHOICES = MemberSearch.MAX_SIZE;

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient EndorsementService endorsements;

    @Inject
    transient MemberService members;

    @Inject
    transient TargetService targets;

    @Inject
    transient LetterService letters;

    @Inject
    transient OutreachService outreach;

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient Caller caller;

    @Inject
    transient WorkingTenant workingTenant;

    private String id;
    private String tenant;
    private transient CampaignView campaign;
    private final CampaignForm form = new CampaignForm();
    private String memberQuery;
    private String memberId;
    private Map<String, String> memberChoices;
    private transient List<EndorsementView> signatures;
    private transient List<CosignerView> cosigners;
    private transient CosignerCounts counts;
    private transient List<TargetView> targetChoices;
    private transient List<LetterSummary> letterList;
    private List<OutreachRow> outreachRows;
    private OutreachRow editingOutreach;

    /** The page's view action: the caller's tenant and the campaign of the address, fresh from the database. */
    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        refresh();
    }

    private void refresh() {
        campaign = null;
        signatures = null;
        cosigners = null;
        counts = null;
        letterList = null;
        outreachRows = null;
        UUID campaignId = campaignId();
        if (tenant == null || campaignId == null) {
            return;
        }
        CampaignView found = view();
        if (found != null && found.own()) {
            form.load(found);
        }
    }

    /** The campaign as stored (kept for the view; read again after the bean travelled without it). */
    private CampaignView view() {
        UUID campaignId = campaignId();
        if (campaign == null && tenant != null && campaignId != null) {
            try {
                campaign = campaigns.find(campaignId);
            } catch (ProblemException notThere) {
                if (notThere.code() != ProblemCode.CAMPAIGN_NOT_FOUND) {
                    throw notThere;
                }
            }
        }
        return campaign;
    }

    public String save() {
        return act(() -> campaigns.update(campaignId(), form.getVersion(), form.input()), "campaigns.saved");
    }

    public String open() {
        return move("OPEN", "campaigns.opened");
    }

    public String send() {
        return move("SENT", "campaigns.sent");
    }

    public String close() {
        return move("CLOSED", "campaigns.closed");
    }

    private String move(String status, String doneKey) {
        return act(() -> campaigns.move(campaignId(), form.getVersion(), status), doneKey);
    }

    public String delete() {
        try {
            campaigns.delete(campaignId());
            FacesSupport.info("campaigns.deleted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/campaigns?faces-redirect=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
            return null;
        }
    }

    public void addPosition() {
        form.addPosition();
    }

    public void removePosition(int index) {
        form.removePosition(index);
    }

    public void moveUp(int index) {
        form.movePosition(index, -1);
    }

    public void moveDown(int index) {
        form.movePosition(index, 1);
    }

    /** Finds the association's active organisations whose name (or place) holds the words typed. */
    public void findMembers() {
        memberChoices = new LinkedHashMap<>();
        memberId = null;
        try {
            String text = memberQuery == null || memberQuery.isBlank() ? null : memberQuery.strip();
            members.search(new MemberSearch(text, null, null, MemberStatus.ACTIVE, 0, MEMBER_CHOICES)).items()
                    .forEach(m -> memberChoices.put(m.id().toString(), m.name()));
            if (memberChoices.isEmpty()) {
                FacesSupport.error("campaignPage.noMembersFound");
            }
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public String signFor() {
        return act(() -> {
            UUID member = uuid(memberId);
            if (member == null) {
                throw ProblemException.invalid(List.of(FieldError.field("memberId", "required.member")));
            }
            endorsements.signFor(campaignId(), member);
        }, "campaignPage.signed");
    }

    public String withdraw(String member) {
        return act(() -> endorsements.withdraw(campaignId(), uuid(member)), "campaignPage.withdrawn");
    }

    /** The letter to one addressee, as a PDF download. */
    public void downloadLetter(String targetId) {
        try {
            LetterService.LetterFile file = letters.letter(campaignId(), uuid(targetId));
            FacesSupport.download(file.pdf(), "application/pdf", file.fileName());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    /** Every letter in one zip file, each rendered while it is written. */
    public void downloadAll() {
        try {
            LetterFiles files = letters.all(campaignId());
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/zip");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + files.zipName() + "\"");
            try (OutputStream out = external.getResponseOutputStream()) {
                files.writeZip(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    /** Opens the outreach of one addressee for editing, above the table. */
    public void editOutreach(String targetId) {
        try {
            editingOutreach = outreach.list(campaignId()).stream()
                    .filter(view -> view.targetId().toString().equals(targetId)).findFirst().map(OutreachRow::new)
                    .orElse(null);
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void cancelOutreach() {
        editingOutreach = null;
    }

    /** Records the outreach to the addressee being edited. */
    public String saveOutreach() {
        OutreachRow row = editingOutreach;
        if (row == null) {
            return null;
        }
        return act(() -> outreach.record(campaignId(), uuid(row.getTargetId()), row.input(), row.getVersion()),
                "campaignPage.outreachSaved");
    }

    /** Runs an admin's action; when it worked, back to the page's own address, so a reload is safe. */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesSupport.info(doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/campaign?faces-redirect=true&id=" + campaignId();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "campaignForm");
            return null;
        }
    }

    private UUID campaignId() {
        return uuid(id);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The province's own organisations under the campaign, with who signed. */
    public List<EndorsementView> getSignatures() {
        if (signatures == null && view() != null && !isDraft()) {
            signatures = endorsements.ofProvince(campaign.id());
        }
        return signatures == null ? List.of() : signatures;
    }

    /** For the host of a national campaign: every organisation, from every province. */
    public List<CosignerView> getCosigners() {
        if (cosigners == null && isHostOfNational() && !isDraft()) {
            cosigners = endorsements.cosigners(campaign.id());
        }
        return cosigners == null ? List.of() : cosigners;
    }

    public CosignerCounts getCounts() {
        if (counts == null && isHostOfNational() && !isDraft()) {
            counts = endorsements.counts(campaign.id());
        }
        return counts;
    }

    /** The association's target list to choose from (every kind; the municipal councils by name). */
    public List<TargetView> getTargetChoices() {
        if (targetChoices == null && isOwn()) {
            targetChoices = targets.list(null);
        }
        return targetChoices == null ? List.of() : targetChoices;
    }

    /** The addressees the campaign writes to now, by name, for reading without opening the chooser. */
    public List<String> getChosenTargets() {
        List<String> chosen = new ArrayList<>();
        for (TargetView target : getTargetChoices()) {
            if (form.getTargetIds().contains(target.id().toString())) {
                chosen.add(target.name());
            }
        }
        return chosen;
    }

    /** One letter per addressee, with how many organisations sign it. */
    public List<LetterSummary> getLetters() {
        if (letterList == null && isOwn() && campaign.targetIds() != null && !campaign.targetIds().isEmpty()) {
            letterList = letters.letters(campaign.id());
        }
        return letterList == null ? List.of() : letterList;
    }

    public List<OutreachRow> getOutreach() {
        if (outreachRows == null && isOwn() && campaign.targetIds() != null && !campaign.targetIds().isEmpty()) {
            outreachRows = new ArrayList<>(outreach.list(campaign.id()).stream().map(OutreachRow::new).toList());
        }
        return outreachRows == null ? List.of() : outreachRows;
    }

    public OutreachRow getEditingOutreach() {
        return editingOutreach;
    }

    /** A date as the form holds it (2027-03-01), written the Dutch way (1-3-2027). */
    public String day(String isoDate) {
        try {
            return isoDate == null || isoDate.isBlank() ? "" : LocalDate.parse(isoDate).format(DAY);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public String provinceName(String code) {
        return registry.nameOf(code);
    }

    public String when(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(EventInput.DUTCH_TIME).format(WHEN);
    }

    public String getPeriod() {
        return view() == null ? "" : CampaignsPage.period(campaign.opensOn(), campaign.closesOn());
    }

    public boolean isOwn() {
        return view() != null && campaign.own();
    }

    public boolean isDraft() {
        return view() != null && "DRAFT".equals(campaign.status());
    }

    public boolean isOpenForSigning() {
        return view() != null && campaign.openForSigning();
    }

    public boolean isHostOfNational() {
        return isOwn() && campaign.national();
    }

    /** Only the national association writes national campaigns. */
    public boolean isNationalTenant() {
        return tenant != null && registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    /** Targets may change until the letters are sent. */
    public boolean isTargetsEditable() {
        return isOwn() && ("DRAFT".equals(campaign.status()) || "OPEN".equals(campaign.status()));
    }

    public boolean isMayOpen() {
        return isOwn() && "DRAFT".equals(campaign.status());
    }

    public boolean isMaySend() {
        return isOwn() && "OPEN".equals(campaign.status());
    }

    public boolean isMayClose() {
        return isOwn() && !"CLOSED".equals(campaign.status());
    }

    public CampaignView getCampaign() {
        return view();
    }

    public CampaignForm getForm() {
        return form;
    }

    public String getTenant() {
        return tenant;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public Map<String, String> getMemberChoices() {
        return memberChoices == null ? Map.of() : memberChoices;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}

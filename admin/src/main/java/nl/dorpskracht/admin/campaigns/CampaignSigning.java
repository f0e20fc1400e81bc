package nl.dorpskracht.admin.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.control.EndorsementView;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/**
 * A campaign's co-signatures by the province's own organisations (its own campaign or another association's national
 * one): who signed, signing on behalf of a member and withdrawing.
 */
@Named("campaignSigning")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignSigning implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final int MEMBER_CHOICES = MemberSearch.MAX_SIZE;

    @Inject
    EndorsementService endorsements;

    @Inject
    MemberService members;

    @Inject
    CampaignState state;

    private String memberQuery;
    private String memberId;
    private Map<String, String> memberChoices;
    private transient List<EndorsementView> signatures;

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
        return state.act(() -> {
            UUID member = CampaignState.uuid(memberId);
            if (member == null) {
                throw ProblemException.invalid(List.of(FieldError.field("memberId", "required.member")));
            }
            endorsements.signFor(state.campaignId(), member);
        }, "campaignPage.signed");
    }

    public String withdraw(String member) {
        return state.act(() -> endorsements.withdraw(state.campaignId(), CampaignState.uuid(member)),
                "campaignPage.withdrawn");
    }

    /** The province's own organisations under the campaign, with who signed. */
    public List<EndorsementView> getSignatures() {
        if (signatures == null && state.view() != null && !state.isDraft()) {
            signatures = endorsements.ofProvince(state.campaignId());
        }
        return signatures == null ? List.of() : signatures;
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
        return state.getTenant();
    }
}

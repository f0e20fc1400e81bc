package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberPage;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;

/**
 * The member organisations of an ambassador's regions, read only: searched and paged as the member list of the
 * administration (the same query), narrowed to the regions by the database itself.
 */
@Named("ambassadorMembers")
@RequestScoped
public class AmbassadorMembersPage extends AmbassadorPage {

    static final int PAGE_SIZE = 20;

    @Inject
    MemberService members;

    private MemberPage found;

    public MemberPage getFound() {
        if (found == null) {
            found = enter()
                    ? members.search(
                            new MemberSearch(getQuery(), null, getRegion(), MemberStatus.ACTIVE, getPage(), PAGE_SIZE))
                    : new MemberPage(List.of(), 0, 0, PAGE_SIZE);
        }
        return found;
    }

    public List<MemberOrganisation> getItems() {
        return getFound().items();
    }

    public long getTotal() {
        return getFound().total();
    }

    public String getQuery() {
        return parameter("q");
    }

    /** One of the ambassador's regions, to narrow the list further; anything else shows nothing. */
    public String getRegion() {
        return parameter("region");
    }

    public List<String> getRegionChoices() {
        return isAllowed() ? ambassadorTenant.regionsIn(getTenant()) : List.of();
    }

    /** The page asked for, from 0; a bad number is the first page. */
    public int getPage() {
        String page = parameter("page");
        try {
            int asked = page == null ? 0 : Integer.parseInt(page);
            return asked < 0 || asked > MemberSearch.MAX_PAGE ? 0 : asked;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isPrevious() {
        return getPage() > 0;
    }

    public boolean isNext() {
        return getPage() + 1 < getPages();
    }
}

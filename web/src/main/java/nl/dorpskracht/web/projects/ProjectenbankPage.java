package nl.dorpskracht.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.search.FacetCount;
import nl.dorpskracht.projects.search.ProjectSearch;
import nl.dorpskracht.projects.search.SearchFilters;
import nl.dorpskracht.projects.search.SearchHit;
import nl.dorpskracht.projects.search.SearchResults;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.portal.MemberTenant;
import nl.dorpskracht.web.portal.MemberView;

/**
 * De Projectenbank: searching initiatives of the member's own association and those other associations share, by a GET
 * form so that a search is a link one can pass on. The address carries only the search (q, the ticked facet values,
 * page); the association is always the caller's own, whatever else the address says.
 */
@Named("projectenbank")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class ProjectenbankPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    static final int SHOWN_VALUES = 15;

    @Inject
    MemberTenant memberTenant;

    @Inject
    ProjectSearch search;

    private String tenant;
    private String query = "";
    private transient Map<String, String[]> parameters;
    private transient SearchResults results;
    private String problem;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
        parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        query = first("q");
    }

    /** Searched on first use, once the page's gate has bound the tenant (not yet in {@code @PostConstruct}). */
    private SearchResults results() {
        if (results == null && problem == null && tenant != null) {
            try {
                results = search.search(query, new SearchFilters(values("theme"), values("province"),
                        values("municipality"), values("type"), years(), values("funding")), page(), PAGE_SIZE);
            } catch (ProblemException refused) {
                problem = refused.code().title(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            }
        }
        return results;
    }

    public boolean isMember() {
        return tenant != null;
    }

    public String getQuery() {
        return query;
    }

    public SearchResults getResults() {
        return results();
    }

    /** Why this search was refused (too long, a filter that does not exist), in the page's language; or null. */
    public String getProblem() {
        results();
        return problem;
    }

    public List<SearchHit> getHits() {
        return results() == null ? List.of() : results.hits();
    }

    public long getTotal() {
        return results() == null ? 0 : results.total();
    }

    /** Facets that have values, in the page's order. */
    public List<String> getFacets() {
        return results() == null ? List.of() : results.facets().entrySet().stream()
                .filter(facet -> !facet.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** A facet's values with most hits, at most {@value #SHOWN_VALUES}, and every ticked one. */
    public List<FacetCount> countsOf(String facet) {
        List<FacetCount> counts = results() == null ? List.of() : results.facets().getOrDefault(facet, List.of());
        List<FacetCount> shown = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (i < SHOWN_VALUES || isChecked(facet, counts.get(i).value())) {
                shown.add(counts.get(i));
            }
        }
        return shown;
    }

    public String getTenant() {
        return tenant;
    }

    public boolean isChecked(String facet, String value) {
        return values(facet).contains(value);
    }

    /** The same search on another page. */
    public String pageLink(int page) {
        StringBuilder link = new StringBuilder("projectenbank.xhtml?page=").append(page);
        parameters.forEach((name, values) -> {
            if (!name.equals("page")
                    && List.of("q", "theme", "province", "municipality", "type", "year", "funding").contains(name)) {
                Arrays.stream(values).forEach(value -> link.append('&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        });
        return link.toString();
    }

    public int getPage() {
        return results() == null ? 0 : results.page();
    }

    public boolean isHasNext() {
        return results() != null && (long) (results.page() + 1) * results.size() < results.total();
    }

    public String initiativeLink(SearchHit hit) {
        return "initiatief.xhtml?tenant=" + URLEncoder.encode(hit.tenant(), StandardCharsets.UTF_8) + "&id=" + hit.id();
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    private String first(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    private List<String> values(String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(value -> !value.isBlank()).toList();
    }

    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (String value : values("year")) {
            years.add(value.matches("[0-9]{4}") ? Integer.parseInt(value) : -1);
        }
        return years;
    }

    private int page() {
        String page = first("page");
        return page.matches("[0-9]{1,3}") ? Integer.parseInt(page) : 0;
    }
}

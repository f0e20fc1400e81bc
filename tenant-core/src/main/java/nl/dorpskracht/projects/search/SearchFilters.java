package nl.dorpskracht.projects.search;

import java.util.List;
import java.util.regex.Pattern;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The ticked facet values of a Projectenbank search: within a facet any of the values, across facets all of them; an
 * empty list filters nothing. Each value is checked against the shape its register gives it (a theme of the managed
 * list, a CBS province or municipality code, a member type, a year, a funding kind), at most {@value #MAX_VALUES} per
 * facet, so what reaches the database is bounded and never more than a code.
 */
public record SearchFilters(List<String> themes, List<String> provinces, List<String> municipalities,
        List<String> memberTypes, List<Integer> years, List<String> fundings) {

    public static final int MAX_VALUES = 20;
    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    private static final Pattern THEME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern PROVINCE = Pattern.compile("PV[0-9]{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM[0-9]{4}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    public SearchFilters {
        themes = checked(themes, THEME, "theme");
        provinces = checked(provinces, PROVINCE, "province");
        municipalities = checked(municipalities, MUNICIPALITY, "municipality");
        memberTypes = checked(memberTypes, CODE, "type");
        fundings = checked(fundings, CODE, "funding");
        years = years == null ? List.of() : List.copyOf(years);
        if (years.size() > MAX_VALUES || years.stream().anyMatch(year -> year == null || year < 1900 || year > 2100)) {
            throw new ProblemException(ProblemCode.SEARCH_FILTER_INVALID, "year");
        }
    }

    public boolean isEmpty() {
        return themes.isEmpty() && provinces.isEmpty() && municipalities.isEmpty() && memberTypes.isEmpty()
                && years.isEmpty() && fundings.isEmpty();
    }

    private static List<String> checked(List<String> values, Pattern shape, String facet) {
        if (values == null) {
            return List.of();
        }
        List<String> distinct = values.stream().distinct().toList();
        if (distinct.size() > MAX_VALUES
                || distinct.stream().anyMatch(value -> value == null || !shape.matcher(value).matches())) {
            throw new ProblemException(ProblemCode.SEARCH_FILTER_INVALID, facet);
        }
        return distinct;
    }
}

package nl.dorpskracht.portal.entity;

import java.util.List;
import java.util.Locale;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** What the member portal shows: the province's own content ("Mijn provincie") or what is shared nationally. */
public enum PortalScope {
    LOCAL, NATIONAL;

    /** {@code local} or {@code national}, in any case; anything else is a bad parameter. */
    public static PortalScope parse(String value) {
        if (value != null) {
            for (PortalScope scope : values()) {
                if (scope.name().equalsIgnoreCase(value.strip())) {
                    return scope;
                }
            }
        }
        throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field("scope", "invalid.value")));
    }

    /** As the API writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package nl.dorpskracht.admin.contributions;

import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** An id from the path that is no UUID names nothing: the same 404 as an id of another tenant. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id, ProblemCode notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(notFound);
        }
    }

    static <T> T require(T body) {
        if (body == null) {
            throw new ProblemException(ProblemCode.INVALID_JSON, "Het verzoek heeft geen inhoud.");
        }
        return body;
    }
}

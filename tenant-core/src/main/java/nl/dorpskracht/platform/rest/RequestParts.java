package nl.dorpskracht.platform.rest;

import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** The parts of a request every resource reads the same way: ids from the path, and a body that must be there. */
public final class RequestParts {

    private RequestParts() {
    }

    /** An id that is no UUID names nothing: the same 404 as an id of another tenant. */
    public static UUID id(String id, ProblemCode notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(notFound);
        }
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(ProblemCode.INVALID_JSON, "Het verzoek heeft geen inhoud.");
        }
        return body;
    }
}

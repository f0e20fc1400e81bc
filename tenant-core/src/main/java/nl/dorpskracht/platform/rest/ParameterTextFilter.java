package nl.dorpskracht.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Refuses a path or query parameter with a control character in it, for every resource, before the tenant gate looks
 * the tenant up: PostgreSQL refuses a NUL with an error, and no search or filter has a use for the others.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ParameterTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters(request.getUriInfo().getPathParameters(true));
        refuseControlCharacters(request.getUriInfo().getQueryParameters(true));
    }

    private static void refuseControlCharacters(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean refused = ControlCharacters.in(parameter.getKey(), false)
                    || parameter.getValue().stream().anyMatch(value -> ControlCharacters.in(value, false));
            if (refused) {
                String name = ControlCharacters.in(parameter.getKey(), false) ? null : parameter.getKey();
                throw new ProblemException(ProblemCode.INVALID_TEXT, ProblemCode.INVALID_TEXT.title(),
                        List.of(FieldError.field(name, "invalid.controlCharacter")));
            }
        }
    }
}

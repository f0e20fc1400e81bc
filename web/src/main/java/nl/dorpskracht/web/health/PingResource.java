package nl.dorpskracht.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The smallest request the API can answer: public, no database, no session. The benchmark compares the member list with
 * it, to tell what the container costs from what the application does.
 */
@Path("/v1/ping")
@ApplicationScoped
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answers pong (public; for load balancers and benchmarks)")
    public String ping() {
        return "pong";
    }
}

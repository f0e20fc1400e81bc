package nl.dorpskracht.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Reads the newest initiatives for the portal's start page straight from the Projectenbank's table and sharing view
 * (V27), under their own policies: the own association's rows through its tenant, other associations' only through
 * {@code shared_initiative}.
 */
@ApplicationScoped
public class ProjectTeasers {

    @Inject
    TransactionFunctions database;

    /** The own association's published initiatives, newest first. */
    public List<Map<String, Object>> ownInitiatives(String tenant, int limit) {
        return database.rows(
                "select tenant_id, id::text as id, title, summary as line from initiative"
                        + " where tenant_id = #a0 and status = 'PUBLISHED'" + " order by updated_at desc, id limit #a1",
                tenant, limit);
    }

    /** Initiatives other associations shared with all associations, newest first. */
    public List<Map<String, Object>> sharedInitiatives(int limit) {
        return database.rows("select host_tenant as tenant_id, id::text as id, title, summary as line"
                + " from shared_initiative order by updated_at desc, host_tenant, id limit #a0", limit);
    }
}

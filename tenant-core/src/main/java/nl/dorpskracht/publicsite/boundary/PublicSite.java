package nl.dorpskracht.publicsite.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.dorpskracht.publicsite.control.PublicAgenda;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.publicsite.control.PublicLimits;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * What an association shows everyone on its public pages, read in the tenant the path named
 * ({@link nl.dorpskracht.tenancy.boundary.PublicEntry}): its published events, its published public news and its public
 * documents. Each read goes through the component's own public method, so a members-only item, a draft or another
 * association's item is simply not there.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PublicSite {

    @Inject
    PublicAgenda agenda;

    @Inject
    TenantContext tenant;

    /** The association's published events from today on, soonest first. */
    public List<PublicEvent> events(int limit) {
        return agenda.upcoming(tenant.require(), Math.min(limit, PublicLimits.LIST_MAX));
    }
}

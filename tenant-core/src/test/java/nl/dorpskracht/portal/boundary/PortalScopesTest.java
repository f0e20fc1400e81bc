package nl.dorpskracht.portal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.portal.entity.PortalScope;
import org.junit.jupiter.api.Test;

/** "Mijn provincie" shows the province's own events and campaigns, "Landelijk" those shared nationally; never both. */
class PortalScopesTest {

    @Test
    void eachPortalScopeReadsTheMatchingAgendaAndCampaigns() {
        assertEquals(EventService.Scope.LOCAL, PortalService.agendaScope(PortalScope.LOCAL));
        assertEquals(EventService.Scope.NATIONAL, PortalService.agendaScope(PortalScope.NATIONAL));
        assertEquals(CampaignService.Scope.LOCAL, PortalService.campaignScope(PortalScope.LOCAL));
        assertEquals(CampaignService.Scope.NATIONAL, PortalService.campaignScope(PortalScope.NATIONAL));
    }
}

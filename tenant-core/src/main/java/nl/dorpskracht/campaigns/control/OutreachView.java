package nl.dorpskracht.campaigns.control;

import java.time.LocalDate;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.LetterQueries.Addressed;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.campaigns.entity.TargetDetails;

/** How the outreach to one target of a campaign went, with the number of organisations under its letter. */
public record OutreachView(UUID targetId, String kind, String name, String municipality, LocalDate sentOn,
        LocalDate responseOn, String responseSummary, String outcome, long version, int coSigners) {

    public static OutreachView of(Addressed addressed, int coSigners) {
        CampaignAddressee addressee = addressed.addressee();
        TargetDetails target = addressed.target().details();
        return new OutreachView(addressed.target().id(), target.kind().name(), target.name(), target.municipality(),
                addressee.sentOn(), addressee.responseOn(), addressee.responseSummary(), addressee.outcome().name(),
                addressee.version(), coSigners);
    }
}

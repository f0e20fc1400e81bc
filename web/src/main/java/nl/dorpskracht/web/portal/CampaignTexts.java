package nl.dorpskracht.web.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import nl.dorpskracht.platform.time.DutchTime;

/** How the portal writes where a campaign stands and the own organisation's co-signature, in the chosen language. */
final class CampaignTexts {

    private CampaignTexts() {
    }

    /**
     * "Open voor ondertekening tot en met 31 januari 2027", "Ondertekenen is gesloten" (open, but its last day passed),
     * "Brieven verstuurd", "Afgesloten".
     */
    static String status(String status, boolean openForSigning, LocalDate closesOn) {
        if ("OPEN".equals(status)) {
            if (!openForSigning) {
                return PageMessages.text("portal.campaign.status.OPEN.over");
            }
            return closesOn == null ? PageMessages.text("portal.campaign.status.OPEN")
                    : PageMessages.text("portal.campaign.status.OPEN.until", date(closesOn));
        }
        return PageMessages.text("portal.campaign.status." + status);
    }

    /** "2 speerpunten". */
    static String positions(Integer count) {
        return count == null ? "" : PageMessages.text("portal.campaign.positionCount", count);
    }

    static String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", PageMessages.locale()));
    }

    static String date(OffsetDateTime at) {
        return at == null ? "" : date(at.atZoneSameInstant(DutchTime.ZONE).toLocalDate());
    }
}

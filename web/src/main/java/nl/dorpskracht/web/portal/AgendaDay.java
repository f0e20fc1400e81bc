package nl.dorpskracht.web.portal;

import java.util.List;
import nl.dorpskracht.portal.control.FeedItem;

/** The events of one day of the portal's agenda, the day written out ("dinsdag 12 mei 2030"). */
public record AgendaDay(String label, List<FeedItem> items) {
}

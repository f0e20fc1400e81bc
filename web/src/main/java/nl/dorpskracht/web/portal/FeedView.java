package nl.dorpskracht.web.portal;

import java.util.List;
import nl.dorpskracht.portal.control.FeedItem;

/**
 * The portal's feed in one province and scope; every item carries its {@code kind} ({@code event} or {@code campaign}):
 * campaigns open for co-signing first, then events by date, then sent or closed campaigns.
 */
public record FeedView(String tenant, String scope, List<FeedItem> items) {
}

package nl.dorpskracht.web.portal;

import java.util.List;
import nl.dorpskracht.portal.control.FeedItem;

/** The portal's feed in one province and scope; every item carries its {@code kind}. */
public record FeedView(String tenant, String scope, List<FeedItem> items) {
}

package nl.dorpskracht.admin.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.dorpskracht.admin.campaigns.CampaignRequest;
import nl.dorpskracht.admin.campaigns.TargetRequest;
import nl.dorpskracht.admin.events.EventRequest;
import nl.dorpskracht.admin.members.MemberRequest;
import nl.dorpskracht.platform.input.MultiLineFields;
import org.junit.jupiter.api.Test;

/** Line breaks are let through where a person writes paragraphs or an address, and nowhere else. */
class MultiLineRequestFieldsTest {

    @Test
    void lettersDescriptionsAndAddressesAreMultiLineNamesAreNot() {
        assertEquals(Set.of("summary", "body", "closing", "explanation"), MultiLineFields.of(CampaignRequest.class));
        assertEquals(Set.of("description"), MultiLineFields.of(EventRequest.class));
        assertEquals(Set.of("address"), MultiLineFields.of(TargetRequest.class));
        assertEquals(Set.of(), MultiLineFields.of(MemberRequest.class));
    }
}

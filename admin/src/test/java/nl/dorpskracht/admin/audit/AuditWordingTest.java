package nl.dorpskracht.admin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ListResourceBundle;
import org.junit.jupiter.api.Test;

class AuditWordingTest {

    private final AuditWording wording = new AuditWording(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] { { "audit.action.SEED", "Klaargezet" },
                    { "audit.type.CampaignTarget", "Geadresseerde" },
                    { "audit.field.coSigners", "Medeondertekenaars" } };
        }
    });

    @Test
    void aKnownCodeReadsAsItsLabel() {
        assertEquals("Klaargezet", wording.label(AuditWording.ACTION, "SEED"));
        assertEquals("Geadresseerde", wording.label(AuditWording.TYPE, "CampaignTarget"));
        assertEquals("Medeondertekenaars", wording.label(AuditWording.FIELD, "coSigners"));
    }

    @Test
    void anUnknownCodeReadsAsWordsNeverAsTheRawCode() {
        assertEquals("Export sepa", wording.label(AuditWording.ACTION, "EXPORT_SEPA"));
        assertEquals("Campaign outreach", wording.label(AuditWording.TYPE, "CampaignOutreach"));
        assertEquals("Mandate signed on", wording.label(AuditWording.FIELD, "mandateSignedOn"));
        assertEquals("—", wording.label(AuditWording.FIELD, null));
    }
}

package nl.dorpskracht.admin.audit;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The audit log's codes (actions like {@code SEED}, entity types like {@code CampaignTarget}, field names like
 * {@code coSigners}) in the reader's words. A code the bundle does not know yet is still shown as words ("campaign
 * target", "co signers") rather than as a raw code: a new feature that audits before its texts exist must not look like
 * an error to a volunteer.
 */
final class AuditWording {

    static final String ACTION = "audit.action.";
    static final String TYPE = "audit.type.";
    static final String FIELD = "audit.field.";

    private final ResourceBundle texts;

    AuditWording(ResourceBundle texts) {
        this.texts = texts;
    }

    String label(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : words(code);
    }

    /**
     * {@code CampaignTarget} → "Campaign target", {@code EXPORT_SEPA} → "Export sepa", {@code coSigners} → "Co
     * signers".
     */
    static String words(String code) {
        String spaced = code.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").trim().toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}

package nl.dorpskracht.members.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Another component that keeps data about a contact person (registrations, later signatures), so the personal-data
 * export shows everything stored about them without the members component knowing those components.
 */
public interface PersonalDataSource {

    /** The name of the section in the export, e.g. {@code registrations}. */
    String section();

    /** What this component stores about the contact person, one map per record; called in the export's transaction. */
    List<Map<String, Object>> about(UUID contactId);
}

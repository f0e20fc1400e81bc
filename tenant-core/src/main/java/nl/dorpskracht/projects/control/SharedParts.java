package nl.dorpskracht.projects.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Links, files and bytes of another association's shared initiative, through the views {@code shared_initiative_link},
 * {@code shared_initiative_file} and {@code shared_initiative_file_content}: the policies of the initiative tables
 * decide, so an unpublished or unshared initiative yields nothing here.
 */
@ApplicationScoped
public class SharedParts {

    @Inject
    TransactionFunctions functions;

    public List<InitiativeInput.Link> links(String host, UUID initiative) {
        return functions
                .rows("select url, label from shared_initiative_link where host_tenant = #a0"
                        + " and initiative_id = cast(#a1 as uuid) order by position", host, initiative.toString())
                .stream().map(row -> new InitiativeInput.Link((String) row.get("url"), (String) row.get("label")))
                .toList();
    }

    public List<InitiativeView.FileView> files(String host, UUID initiative) {
        return functions.rows(
                "select id, file_name, content_type, size, added_at from shared_initiative_file"
                        + " where host_tenant = #a0 and initiative_id = cast(#a1 as uuid) order by added_at, id",
                host, initiative.toString()).stream().map(SharedParts::file).toList();
    }

    /** A shared file with its bytes, or empty. */
    public Optional<Map.Entry<InitiativeView.FileView, byte[]>> content(String host, UUID initiative, UUID file) {
        return functions
                .rows("select f.id, f.file_name, f.content_type, f.size, f.added_at, c.bytes"
                        + " from shared_initiative_file f join shared_initiative_file_content c"
                        + " on c.host_tenant = f.host_tenant and c.file_id = f.id where f.host_tenant = #a0"
                        + " and f.initiative_id = cast(#a1 as uuid) and f.id = cast(#a2 as uuid)", host,
                        initiative.toString(), file.toString())
                .stream().findFirst().map(row -> Map.entry(file(row), (byte[]) row.get("bytes")));
    }

    private static InitiativeView.FileView file(Map<String, Object> row) {
        Object added = row.get("added_at");
        OffsetDateTime addedAt = added instanceof OffsetDateTime time ? time : added instanceof java.sql.Timestamp stamp
                ? stamp.toInstant().atOffset(java.time.ZoneOffset.UTC) : null;
        return new InitiativeView.FileView(UUID.fromString(row.get("id").toString()), (String) row.get("file_name"),
                (String) row.get("content_type"), ((Number) row.get("size")).longValue(), addedAt);
    }
}

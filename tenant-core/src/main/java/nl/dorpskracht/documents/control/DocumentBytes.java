package nl.dorpskracht.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Reads a document's bytes a slice at a time. The column is stored uncompressed (V24), so {@code substring} fetches
 * only the TOAST chunks of the slice: a download holds one slice in memory, not the file. Own documents are read from
 * {@code document_content}, another tenant's national ones through {@code national_document_content}; row-level
 * security holds both (native SQL knows no tenant discriminator).
 */
@ApplicationScoped
public class DocumentBytes {

    /** Slices of this size are read per query. */
    public static final int SLICE = 512 * 1024;

    @Inject
    TransactionFunctions functions;

    /** Bytes {@code from} (0-based) up to {@code length} of a document of the calling tenant; empty past the end. */
    public byte[] ownSlice(UUID documentId, long from, int length) {
        return slice("select substring(bytes from #a1 for #a2) as slice from document_content"
                + " where document_id = cast(#a0 as uuid)", documentId, from, length);
    }

    /** The same of another tenant's national document. */
    public byte[] nationalSlice(String hostTenant, UUID documentId, long from, int length) {
        return slice(
                "select substring(bytes from #a1 for #a2) as slice from national_document_content"
                        + " where document_id = cast(#a0 as uuid) and host_tenant = #a3",
                documentId, from, length, hostTenant);
    }

    private byte[] slice(String sql, UUID documentId, long from, int length, Object... more) {
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = documentId.toString();
        arguments[1] = Math.addExact(from, 1);
        arguments[2] = length;
        System.arraycopy(more, 0, arguments, 3, more.length);
        List<Map<String, Object>> rows = functions.rows(sql, arguments);
        if (rows.isEmpty() || rows.get(0).get("slice") == null) {
            return null;
        }
        return (byte[]) rows.get(0).get("slice");
    }
}

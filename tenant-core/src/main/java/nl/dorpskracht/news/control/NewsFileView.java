package nl.dorpskracht.news.control;

import java.util.UUID;
import nl.dorpskracht.news.entity.FileKind;

/** A news file without its bytes: what a list of attachments shows. */
public record NewsFileView(UUID id, UUID newsId, FileKind kind, String fileName, String contentType, int size)
        implements java.io.Serializable {
}

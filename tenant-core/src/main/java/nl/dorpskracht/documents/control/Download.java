package nl.dorpskracht.documents.control;

import java.util.UUID;

/** A download the caller may make: which document of which tenant, and what to tell the browser about it. */
public record Download(String hostTenant, UUID documentId, boolean own, String fileName, String contentType,
        long size) {
}

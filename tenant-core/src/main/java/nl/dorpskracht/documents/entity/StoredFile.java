package nl.dorpskracht.documents.entity;

/** A file as it was accepted: its safe name, the type its bytes showed, its size and SHA-256 (hex). */
public record StoredFile(String fileName, String contentType, long size, String sha256) {
}

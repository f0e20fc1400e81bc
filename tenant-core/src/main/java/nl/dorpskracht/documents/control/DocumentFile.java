package nl.dorpskracht.documents.control;

/** A document's file, whole: for small files served in one piece (the public pages). */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {
}

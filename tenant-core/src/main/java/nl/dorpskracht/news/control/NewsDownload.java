package nl.dorpskracht.news.control;

/**
 * A news file to send to a reader: its name (as stored, escaped by whoever writes it into a header), type and bytes.
 */
public record NewsDownload(String fileName, String contentType, byte[] bytes) {
}

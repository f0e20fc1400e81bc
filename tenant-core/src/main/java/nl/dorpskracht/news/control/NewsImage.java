package nl.dorpskracht.news.control;

/** The image of a published news item, its type checked on its content when it was stored. */
public record NewsImage(String contentType, byte[] bytes) {
}

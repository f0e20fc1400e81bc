package nl.dorpskracht.news.entity;

/** What an author writes of a news item; {@code bodyHtml} is already sanitised. */
public record NewsText(String title, String summary, String bodyHtml, Audience audience, boolean national) {
}

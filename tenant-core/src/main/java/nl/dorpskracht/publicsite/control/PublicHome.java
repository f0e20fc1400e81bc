package nl.dorpskracht.publicsite.control;

import java.util.List;
import nl.dorpskracht.documents.control.DocumentSummary;
import nl.dorpskracht.news.control.NewsArticle;

/** The association's public home: its newest public news, its next events, its newest public documents. */
public record PublicHome(List<NewsArticle> news, List<PublicEvent> events, List<DocumentSummary> documents) {
}

package nl.dorpskracht.news.control;

import java.util.List;

/** One page of a news list and how many items match in all; {@code submitted} counts the items waiting for review. */
public record NewsPage(List<NewsView> items, long total, long submitted) {
}

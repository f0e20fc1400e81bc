package nl.dorpskracht.admin.news;

import nl.dorpskracht.news.control.NewsInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The body of POST and PUT {@code /news}: the text, for whom, national or not; PUT with the version read. */
public record NewsRequest(String title, @MultiLine String summary, @MultiLine String body, String audience,
        Boolean national, Long version) {

    NewsInput input() {
        return new NewsInput(title, summary, body, audience, national);
    }
}

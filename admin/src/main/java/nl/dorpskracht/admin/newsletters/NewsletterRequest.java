package nl.dorpskracht.admin.newsletters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.input.MultiLine;
import nl.dorpskracht.newsletters.control.NewsletterInput;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** The body of POST and PUT {@code /newsletters}: title, intro, the chosen news item ids in order, and the version. */
public record NewsletterRequest(String title, @MultiLine String intro, List<String> items, Long version) {

    NewsletterInput input() {
        List<UUID> ids = new ArrayList<>();
        for (String item : items == null ? List.<String> of() : items) {
            try {
                ids.add(UUID.fromString(item));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ProblemException
                        .invalid(List.of(FieldError.field("items", "unknown.newsItem", String.valueOf(item))));
            }
        }
        return new NewsletterInput(title, intro, ids);
    }
}

package nl.dorpskracht.newsletters.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** What an admin writes: a title, an introduction, and the chosen news items in order. Bounded and checked here. */
public record NewsletterInput(String title, String intro, List<UUID> items) {

    public static final int TITLE_MAX = 200;
    public static final int INTRO_MAX = 5000;
    public static final int ITEMS_MAX = 20;

    public NewsletterInput {
        title = title == null ? null : title.strip();
        intro = intro == null || intro.isBlank() ? null : intro.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Throws VALIDATION_FAILED with every problem at once. */
    public NewsletterInput checked() {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            errors.add(FieldError.field("title", "required.newsletterTitle"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.field("title", "tooLong.newsletterTitle", TITLE_MAX));
        }
        if (intro != null && intro.length() > INTRO_MAX) {
            errors.add(FieldError.field("intro", "tooLong.newsletterIntro", INTRO_MAX));
        }
        if (items.size() > ITEMS_MAX) {
            errors.add(FieldError.field("items", "tooMany.newsletterItems", ITEMS_MAX));
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID item : items) {
            if (item != null && !seen.add(item)) {
                errors.add(FieldError.field("items", "duplicate.newsItem", item.toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return this;
    }
}

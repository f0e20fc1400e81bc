package nl.dorpskracht.news.control;

import java.nio.charset.StandardCharsets;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.NewsText;
import nl.dorpskracht.platform.problem.InputFields;

/** A news item as typed: title and summary as plain text, the body as HTML that is sanitised here. */
public record NewsInput(String title, String summary, String body, String audience, Boolean national) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    /** Of the sanitised body, in bytes: what the database holds as well. */
    public static final int BODY_MAX_BYTES = 100 * 1024;

    public NewsText validate() {
        InputFields fields = new InputFields();
        String cleanTitle = fields.required("title", title, TITLE_MAX, "required.newsTitle");
        String cleanSummary = fields.optional("summary", summary, SUMMARY_MAX);
        Audience chosen = audience == null || audience.isBlank() ? Audience.MEMBERS
                : fields.choice("audience", audience, Audience.class, "required.newsAudience", "invalid.newsAudience");
        String cleanBody = NewsHtml.sanitise(body);
        if (cleanBody.getBytes(StandardCharsets.UTF_8).length > BODY_MAX_BYTES) {
            fields.fail("body", "tooLong.newsBody", BODY_MAX_BYTES / 1024);
        }
        fields.throwIfInvalid();
        return new NewsText(cleanTitle, cleanSummary, cleanBody, chosen, Boolean.TRUE.equals(national));
    }
}

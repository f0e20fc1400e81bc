package nl.dorpskracht.platform.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders a mail from two Mustache templates under {@code nl/dorpskracht/platform/mail/}: {@code <name>.html.mustache}
 * (every value HTML-escaped) and {@code <name>.text.mustache} (values as they are: plain text has nothing to escape).
 * The templates hold the layout only; the words come from the caller, in the recipient's language. The model is plain
 * maps and lists, so no template can call into the application.
 */
public final class MailTemplates {

    private static final String ROOT = "nl/dorpskracht/platform/mail";
    private static final MustacheFactory HTML = new DefaultMustacheFactory(ROOT);
    private static final MustacheFactory TEXT = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The two bodies of one mail. */
    public record Bodies(String text, String html) {
    }

    private MailTemplates() {
    }

    public static Bodies render(String name, Map<String, Object> model) {
        return new Bodies(render(TEXT.compile(name + ".text.mustache"), model),
                render(HTML.compile(name + ".html.mustache"), model));
    }

    private static String render(Mustache template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}

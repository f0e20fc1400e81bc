package nl.dorpskracht.system;

import java.nio.charset.StandardCharsets;
import nl.dorpskracht.news.control.NewsHtml;

/**
 * Figures, not assertions: what cleaning a news body costs on every save, for a body at the 100 kB limit made of the
 * allowed formatting and one full of what is removed (scripts, event handlers, javascript: links, images, styles). Runs
 * in-process on the sanitiser alone; no server.
 */
public final class NewsSanitiserBenchmark {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 200);

    private NewsSanitiserBenchmark() {
    }

    public static void main(String[] args) {
        measure("formatted", body("<h3>Kop</h3><p>Een <strong>dorp</strong> met <em>kracht</em> en een"
                + " <a href=\"https://lvkk.nl\">link</a>.</p><ul><li>een</li><li>twee</li></ul>"));
        measure("hostile", body("<p onclick=\"x()\">Tekst</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">klik</a><style>p{}</style><iframe src=\"https://x\"></iframe>"));
    }

    private static String body(String block) {
        StringBuilder body = new StringBuilder();
        while (body.length() + block.length() <= 100 * 1024) {
            body.append(block);
        }
        return body.toString();
    }

    private static void measure(String name, String body) {
        for (int i = 0; i < 20; i++) {
            NewsHtml.sanitise(body);
        }
        long started = System.nanoTime();
        int out = 0;
        for (int i = 0; i < ROUNDS; i++) {
            out = NewsHtml.sanitise(body).getBytes(StandardCharsets.UTF_8).length;
        }
        double millis = (System.nanoTime() - started) / 1e6 / ROUNDS;
        System.out.printf("news body %-9s in %6d bytes, out %6d bytes: %.2f ms per sanitise (%d rounds)%n", name,
                body.getBytes(StandardCharsets.UTF_8).length, out, millis, ROUNDS);
    }
}

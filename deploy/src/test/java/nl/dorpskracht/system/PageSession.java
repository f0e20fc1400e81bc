package nl.dorpskracht.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript uses them: a cookie session, forms posted with their view state. For checks
 * that need no Chromium (a page still answers, an upload is refused).
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final RunningDorpskracht server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    PageSession(RunningDorpskracht server) {
        this.server = server;
    }

    record Page(int status, String body) {
        String viewState() {
            Matcher found = VIEW_STATE.matcher(body);
            if (!found.find()) {
                throw new IllegalStateException("No view state in the page (" + status + ")");
            }
            return found.group(1);
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    /** Logs in through the login form; the session cookie is kept for the next requests. */
    Page logIn(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Inloggen");
        form.put("jakarta.faces.ViewState", get("/login.xhtml").viewState());
        return postForm("/login.xhtml", form);
    }

    Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart form with one file; the other fields as given. */
    Page postFile(String path, Map<String, String> fields, String fileField, byte[] file) {
        String boundary = "----dorpskracht" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"leden.csv\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

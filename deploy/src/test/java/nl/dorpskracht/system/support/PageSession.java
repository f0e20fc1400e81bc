package nl.dorpskracht.system.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript uses them: a cookie session, forms posted with their view state. For checks
 * that need no Chromium (a page still answers, an upload is refused).
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Endpoint server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10))
            .build();

    public PageSession(Endpoint server) {
        this.server = server;
    }

    public record Page(int status, String body) {
        public String viewState() {
            Matcher found = VIEW_STATE.matcher(body);
            if (!found.find()) {
                throw new IllegalStateException("No view state in the page (" + status + ")");
            }
            return found.group(1);
        }
    }

    /**
     * Logs in through the login form and returns the {@code Set-Cookie} headers of the answers on the way (the login
     * post and its redirect), as the server wrote them.
     */
    public List<String> logInForCookies(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Inloggen");
        form.put("jakarta.faces.ViewState", get("/login.xhtml").viewState());
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(server.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
        List<String> cookies = new ArrayList<>();
        for (Optional<HttpResponse<String>> step = Optional.of(response); step
                .isPresent(); step = step.get().previousResponse()) {
            cookies.addAll(step.get().headers().allValues("set-cookie"));
        }
        return cookies;
    }

    /** A request with the session's cookie, as a page of another site could make the browser send it. */
    public Api.Reply withCookie(String method, String path, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request);
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
    }

    /** The value of a cookie the session holds (the load balancer's instance cookie), empty when it holds none. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    /** Logs in through the login form; the session cookie is kept for the next requests. */
    public Page logIn(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Inloggen");
        form.put("jakarta.faces.ViewState", get("/login.xhtml").viewState());
        return postForm("/login.xhtml", form);
    }

    public Page postForm(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A multipart form with one file; the other fields as given. */
    public Page postFile(String path, Map<String, String> fields, String fileField, byte[] file) {
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
        HttpResponse<String> response = exchange(request);
        return new Page(response.statusCode(), response.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

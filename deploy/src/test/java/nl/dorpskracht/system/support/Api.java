package nl.dorpskracht.system.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the API: real HTTP, Basic authentication, JSON parsed with Parsson. */
public final class Api {

    private static final String EXPECT_CONTINUE = "x-test-expect-continue";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Endpoint server;
    private final String user;
    private final String password;

    private Api(Endpoint server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
    }

    public static Api anonymous() {
        return new Api(RunningDorpskracht.get(), null, null);
    }

    public static Api as(String user) {
        return new Api(RunningDorpskracht.get(), user, RunningDorpskracht.DEMO_PASSWORD);
    }

    public static Api as(String user, String password) {
        return new Api(RunningDorpskracht.get(), user, password);
    }

    /** A client of another running instance than the suite's shared one, or of a load balancer in front of some. */
    public static Api of(Endpoint server, String user, String password) {
        return new Api(server, user, password);
    }

    public Reply get(String path) {
        return send("GET", path, null, (String) null, Map.of());
    }

    public Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        return exchange(method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
    }

    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return sendBytes(method, path, contentType, body, Map.of());
    }

    public Reply sendBytes(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        return exchange(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** With {@code Expect: 100-continue}: a server that refuses by the headers answers before the body is sent. */
    public Reply sendBytesExpectingContinue(String method, String path, String contentType, byte[] body) {
        return exchange(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body),
                Map.of(EXPECT_CONTINUE, "true"));
    }

    private Reply exchange(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(600))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (headers.containsKey(EXPECT_CONTINUE)) {
            request.expectContinue(true);
        }
        headers.entrySet().stream().filter(header -> !header.getKey().equals(EXPECT_CONTINUE))
                .forEach(header -> request.header(header.getKey(), header.getValue()));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    public Reply putJson(String path, String json) {
        return send("PUT", path, "application/json", json, Map.of());
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, (String) null, Map.of());
    }

    public record Reply(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public String code() {
            return json().getString("code", "");
        }

    }
}

package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The document library arranged and read through the API: folders, uploads, downloads as bytes. */
public final class Documents {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Documents() {
    }

    /** A download as it arrived: status, headers, the exact bytes. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(h -> h.getValue().get(0)).orElse(null);
        }
    }

    public static String path(String tenant) {
        return "/api/v1/" + tenant + "/documents";
    }

    public static String folders(String tenant) {
        return "/api/v1/" + tenant + "/document-folders";
    }

    public static JsonObject folder(String tenant, String name) {
        Api.Reply created = Api.as("admin@" + tenant + ".demo").postJson(folders(tenant),
                "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /** A folder made by the given admin of the tenant; its id. */
    public static String folder(String tenant, String name, String admin) {
        Api.Reply created = Api.as(admin).postJson(folders(tenant), "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** An upload by the tenant's admin with these query parameters (fileName, folderId, visibility, national …). */
    public static Api.Reply upload(String user, String tenant, byte[] content, Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((key, value) -> query.append(query.isEmpty() ? "?" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return Api.as(user).sendBytes("POST", path(tenant) + query, "application/octet-stream", content);
    }

    /** An upload that must succeed; its JSON. */
    public static JsonObject uploaded(String tenant, byte[] content, Map<String, String> parameters) {
        Api.Reply reply = upload("admin@" + tenant + ".demo", tenant, content, parameters);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static Download download(String user, String tenant, String documentId) {
        return get(user, path(tenant) + "/" + documentId + "/content");
    }

    public static Download get(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningDorpskracht.get().uri(path))
                .timeout(Duration.ofSeconds(120)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

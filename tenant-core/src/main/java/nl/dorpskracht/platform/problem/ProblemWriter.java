package nl.dorpskracht.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders RFC 9457 problem documents, for JAX-RS and for the servlet layer alike. */
public final class ProblemWriter {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemWriter() {
    }

    public static String toJson(ProblemCode code, String detail, List<FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldError error : errors) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (error.field() != null) {
                item.add("field", error.field());
            }
            if (error.row() != null) {
                item.add("row", error.row());
            }
            list.add(item.add("message", error.message()));
        }
        return Json.createObjectBuilder().add("type", "https://dorpskracht.nl/problems/" + code.name().toLowerCase())
                .add("title", code.title()).add("status", code.status())
                .add("detail", detail == null ? code.title() : detail).add("code", code.name()).add("errors", list)
                .build().toString();
    }

    public static void write(HttpServletResponse response, ProblemCode code) throws IOException {
        response.setStatus(code.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(toJson(code, code.title(), List.of()));
    }
}

package nl.dorpskracht.platform.input;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Checks a JSON body before it is bound to a Java type: strict UTF-8, nesting within {@link #MAX_DEPTH} (binding
 * recurses per level, and a hundred thousand nested arrays overflow the stack), and no control character in any text
 * (tab, CR and LF only in the type's multi-line fields). It reads with the streaming parser, which keeps its own stack.
 */
public final class JsonShape {

    /** The deepest request body of the API nests three levels; a few more leave room, a stack overflow none. */
    public static final int MAX_DEPTH = 32;

    private JsonShape() {
    }

    public static void check(byte[] body, Set<String> multiLine) {
        String text = utf8(body);
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            int depth = 0;
            String key = null;
            while (parser.hasNext()) {
                switch (parser.next()) {
                case START_ARRAY, START_OBJECT -> {
                    if (++depth > MAX_DEPTH) {
                        FieldError error = new FieldError(null, null, "json.tooDeep", MAX_DEPTH);
                        throw new ProblemException(ProblemCode.JSON_TOO_DEEP, error.message(), List.of(error));
                    }
                }
                case END_ARRAY, END_OBJECT -> depth--;
                case KEY_NAME -> {
                    key = parser.getString();
                    refuseControlCharacters(key, key, false);
                }
                case VALUE_STRING -> refuseControlCharacters(key, parser.getString(),
                        key != null && multiLine.contains(key));
                default -> {
                    // numbers, booleans and null hold no text
                }
                }
            }
        } catch (IllegalStateException | jakarta.json.JsonException e) {
            throw new ProblemException(ProblemCode.INVALID_JSON);
        }
    }

    private static void refuseControlCharacters(String field, String value, boolean multiLine) {
        if (ControlCharacters.in(value, multiLine)) {
            throw new ProblemException(ProblemCode.INVALID_TEXT, ProblemCode.INVALID_TEXT.title(),
                    List.of(FieldError.field(field, "invalid.controlCharacter")));
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemCode.INVALID_ENCODING);
        }
    }
}

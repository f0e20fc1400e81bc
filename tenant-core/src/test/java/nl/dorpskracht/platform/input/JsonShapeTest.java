package nl.dorpskracht.platform.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A JSON body is refused before binding when it nests too deep, is no UTF-8, or hides a control character. */
class JsonShapeTest {

    record Position(String title, @MultiLine String explanation) {
    }

    record Letter(String title, @MultiLine String body, List<Position> positions) {
    }

    @Test
    void aHundredThousandNestedArraysAreRefusedAsTooDeepNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(ProblemCode.JSON_TOO_DEEP, refusal(deep, Set.of()).code());
        String limit = "[".repeat(JsonShape.MAX_DEPTH) + "]".repeat(JsonShape.MAX_DEPTH);
        assertDoesNotThrow(() -> JsonShape.check(bytes(limit), Set.of()));
    }

    @Test
    void aNulInATextOrAKeyIsRefusedNamingTheField() {
        ProblemException nul = refusal("{\"name\":\"a\\u0000b\"}", Set.of());
        assertEquals(ProblemCode.INVALID_TEXT, nul.code());
        assertEquals("name", nul.errors().get(0).field());
        assertEquals(ProblemCode.INVALID_TEXT, refusal("{\"na\\u0001me\":\"x\"}", Set.of()).code());
        assertEquals("targetIds", refusal("{\"targetIds\":[\"a\",\"\\u001b\"]}", Set.of()).errors().get(0).field());
    }

    @Test
    void lineBreaksBelongInMultiLineFieldsOnlyIncludingNestedOnes() {
        Set<String> multiLine = MultiLineFields.of(Letter.class);
        assertEquals(Set.of("body", "explanation"), multiLine);
        assertDoesNotThrow(() -> JsonShape.check(
                bytes("{\"body\":\"Geachte\\r\\n\\tleden\",\"positions\":[{\"explanation\":\"a\\nb\"}]}"), multiLine));
        assertEquals("title", refusal("{\"title\":\"a\\nb\"}", multiLine).errors().get(0).field());
        assertEquals("body", refusal("{\"body\":\"a\\u0000b\"}", multiLine).errors().get(0).field());
    }

    @Test
    void invalidUtf8AndBrokenJsonAre400s() {
        byte[] latin1 = "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ProblemException encoding = assertThrows(ProblemException.class, () -> JsonShape.check(latin1, Set.of()));
        assertEquals(ProblemCode.INVALID_ENCODING, encoding.code());
        assertEquals(ProblemCode.INVALID_JSON, refusal("{\"name\":", Set.of()).code());
        assertEquals(400, ProblemCode.INVALID_TEXT.status());
    }

    @Test
    void controlCharactersAreRefusedExceptLineBreaksAndTabsInMultiLineText() {
        assertEquals(true, ControlCharacters.in("a\u0000", true));
        assertEquals(true, ControlCharacters.in("a\u007f", true));
        assertEquals(true, ControlCharacters.in("a\u0085", true));
        assertEquals(true, ControlCharacters.in("a\tb", false));
        assertEquals(false, ControlCharacters.in("a\tb\r\n", true));
        assertEquals(false, ControlCharacters.in("Caf\u00e9 \u201cDe Linde\u201d \uD83C\uDF3B", false));
    }

    private static ProblemException refusal(String json, Set<String> multiLine) {
        return assertThrows(ProblemException.class, () -> JsonShape.check(bytes(json), multiLine));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

package nl.dorpskracht.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import nl.dorpskracht.members.entity.MemberInput;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void dutchAndEnglishHaveTheSameMessages() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_en.properties").keySet());
    }

    @Test
    void everyProblemCodeHasATitleInBothLanguages() {
        for (ProblemCode code : ProblemCode.values()) {
            assertFalse(code.title().isBlank(), code.name());
            assertNotEquals(code.title(), code.title(Locale.ENGLISH), code.name());
        }
        assertEquals("Log eerst in.", ProblemCode.NOT_AUTHENTICATED.title());
    }

    @Test
    void fieldErrorsAreFormattedInTheReadersLanguage() {
        ProblemException problem = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> MemberInput.basic("x".repeat(201), "KERK", null, null, "geen-adres").validate());
        assertEquals(ProblemCode.VALIDATION_FAILED, problem.code());
        FieldError name = problem.errors().stream().filter(e -> e.field().equals("name")).findFirst().orElseThrow();
        assertEquals("Maximaal 200 tekens.", name.message());
        assertEquals("At most 200 characters.", name.message(Locale.ENGLISH));
        assertEquals(4, problem.errors().size(), problem.errors().toString());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/nl/dorpskracht/platform/problem/" + name)) {
            properties.load(in);
        }
        return properties;
    }
}

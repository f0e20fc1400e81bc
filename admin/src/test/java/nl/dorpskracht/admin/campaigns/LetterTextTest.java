package nl.dorpskracht.admin.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterTextTest {

    @Test
    void blankLinesSeparateParagraphsAndASingleLineBreakStaysInside() {
        assertEquals(List.of("Geachte raad,", "De dorpen vragen\nuw aandacht.", "Wij rekenen op u."), LetterText
                .paragraphs("Geachte raad,\r\n\r\nDe dorpen vragen\nuw aandacht.\n \n\n\nWij rekenen op u.\n"));
    }

    @Test
    void noTextHasNoParagraphs() {
        assertEquals(List.of(), LetterText.paragraphs(null));
        assertEquals(List.of(), LetterText.paragraphs(" \n\n "));
    }
}

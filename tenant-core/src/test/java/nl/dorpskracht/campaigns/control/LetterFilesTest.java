package nl.dorpskracht.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.dorpskracht.campaigns.entity.PositionDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import org.junit.jupiter.api.Test;

/** File names of letters are safe in a header and on every disk; the text's paragraphs are its blank lines. */
class LetterFilesTest {

    @Test
    void aFileNameIsMadeOfLettersDigitsAndDashes() {
        assertEquals("gemeenteraad-van-s-gravenhage", LetterFiles.slug("Gemeenteraad van 's-Gravenhage", "x"));
        assertEquals("gemeenteraad-van-bergen-l", LetterFiles.slug("Gemeenteraad van Bergen (L.)", "x"));
        assertEquals("sudwest-fryslan-e", LetterFiles.slug("Súdwest-Fryslân \"ë\"/\\..", "x"));
        assertEquals("brief", LetterFiles.slug("///", "brief"));
        assertEquals(80, LetterFiles.slug("a".repeat(200), "x").length());
    }

    @Test
    void twoTargetsWithTheSameNameGetTwoFilesInTheZip() throws IOException {
        LetterFiles files = LetterFiles.of("Investeer in ontmoeting!",
                List.of(letter("Partij A"), letter("Partij A"), letter("partij a")));
        assertEquals("brieven-investeer-in-ontmoeting.zip", files.zipName());
        assertEquals(List.of("brief-partij-a.pdf", "brief-partij-a-2.pdf", "brief-partij-a-3.pdf"),
                files.letters().stream().map(LetterFiles.Named::fileName).toList());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        files.writeZip(zip);
        assertTrue(new String(zip.toByteArray(), 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesWhateverTheLineEnds() {
        assertEquals(List.of("Een\nregel", "Twee", "Drie"),
                LetterPdf.paragraphs("  Een\nregel\r\n\r\nTwee\n \n\n\nDrie "));
        assertEquals(List.of(), LetterPdf.paragraphs("  \n "));
        assertEquals(List.of(), LetterPdf.paragraphs(null));
    }

    @Test
    void aLetterRendersAsAPdfAlsoWithoutSignersOrPositions() {
        byte[] pdf = LetterPdf.render(new LetterPdf.Letter("Vereniging", LocalDate.of(2027, 3, 1),
                TargetKind.MUNICIPAL_COUNCIL, "Gemeenteraad van Súdwest-Fryslân", "Súdwest-Fryslân", null, "Titel", "",
                null, List.of(), List.of()));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    }

    private static LetterPdf.Letter letter(String addressee) {
        return new LetterPdf.Letter("Vereniging", LocalDate.of(2027, 3, 1), TargetKind.POLITICAL_PARTY, addressee, null,
                null, "Titel", "Tekst", "Slot", List.of(new PositionDetails("Punt", null)),
                List.of(new LetterPdf.SignatoryGroup(null, List.of(new LetterPdf.Signatory("Dorpsraad", "Venlo")))));
    }
}

package nl.dorpskracht.members.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A member file past a limit is refused at the first character past it, with a stable code and the line named. */
class MemberFileLimitsTest {

    private static final String HEADER = "naam;type;gemeente;contactpersoon\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aHeaderOfAMillionColumnsIsRefusedWithoutReadingItWhole() {
        CountingStream file = new CountingStream(lines(1, i -> "a;".repeat(1_000_000) + "\n"));
        ProblemException refused = assertThrows(ProblemException.class, () -> ImportPlan.read(file, TODAY));
        assertEquals(ProblemCode.IMPORT_TOO_MANY_COLUMNS, refused.code());
        assertEquals(1, refused.errors().get(0).row());
        assertTrue(file.read < 1_000_000, "read " + file.read + " of 2,000,000 bytes");
    }

    @Test
    void aHundredColumnsAreReadAndOneMoreIsRefused() {
        String hundred = "naam;type;gemeente" + ";".repeat(MemberFileLimits.MAX_COLUMNS - 3) + "\n";
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(hundred + "A;OTHER;B\n"), TODAY));
        assertEquals(ProblemCode.VALIDATION_FAILED, unknown.code(), "empty headers are unknown columns");
        ProblemException tooMany = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "A;OTHER;B" + ";x".repeat(200) + "\n"), TODAY));
        assertEquals(ProblemCode.IMPORT_TOO_MANY_COLUMNS, tooMany.code());
        assertEquals(2, tooMany.errors().get(0).row());
    }

    @Test
    void aCellOverAThousandCharactersIsRefusedWithLineAndColumn() {
        String cell = "x".repeat(MemberFileLimits.MAX_CELL + 1);
        ProblemException plain = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "A;OTHER;B;Jan\nC;OTHER;" + cell + ";Jan\n"), TODAY));
        assertEquals(ProblemCode.IMPORT_CELL_TOO_LONG, plain.code());
        assertEquals(3, plain.errors().get(0).row());
        assertEquals("gemeente", plain.errors().get(0).field());
        ProblemException quoted = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "\"" + cell.replace("xx", "\"\"\n") + "\";OTHER;B\n"), TODAY));
        assertEquals(ProblemCode.IMPORT_CELL_TOO_LONG, quoted.code());
        assertEquals("naam", quoted.errors().get(0).field());
    }

    @Test
    void aCellOfExactlyTheLimitWithQuotesSeparatorsAndLineBreaksIsRead() {
        String cell = "\"" + "a;\"\"\n".repeat(MemberFileLimits.MAX_CELL / 4) + "\"";
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "A;OTHER;B;" + cell + "\n"), TODAY));
        assertEquals(ProblemCode.VALIDATION_FAILED, refused.code(), "too long for a contact name, not for a cell");
        assertEquals("contactpersoon", refused.errors().get(0).field());
    }

    @Test
    void moreThanAHundredThousandRowsAreRefused() {
        InputStream file = lines(MemberFileLimits.MAX_ROWS + 2,
                i -> i == 0 ? HEADER : "Dorpsraad " + i + ";OTHER;Venlo;Jan\n");
        ProblemException refused = assertThrows(ProblemException.class, () -> ImportPlan.read(file, TODAY));
        assertEquals(ProblemCode.IMPORT_TOO_MANY_ROWS, refused.code());
        assertEquals(413, refused.code().status());
    }

    @Test
    void exactlyAHundredThousandRowsAreRead() {
        InputStream file = lines(MemberFileLimits.MAX_ROWS + 1,
                i -> i == 0 ? HEADER : "Dorpsraad " + i + ";OTHER;Venlo;Jan\n");
        ImportPlan plan = ImportPlan.read(file, TODAY);
        assertEquals(MemberFileLimits.MAX_ROWS, plan.rows());
        assertEquals(MemberFileLimits.MAX_ROWS, plan.organisations().size());
    }

    @Test
    void twoHundredThousandWrongRowsListTwoHundredAndCountTheRest() {
        InputStream file = lines(200_001, i -> i == 0 ? HEADER : "Dorpsraad " + i + ";KERK;Venlo;Jan\n");
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ImportPlan.read(new ByteArrayInputStream(readAll(file)), TODAY));
        // more rows than allowed: the row limit speaks first
        assertEquals(ProblemCode.IMPORT_TOO_MANY_ROWS, refused.code());
        InputStream within = lines(90_001, i -> i == 0 ? HEADER : "Dorpsraad " + i + ";KERK;Venlo;Jan\n");
        ProblemException listed = assertThrows(ProblemException.class, () -> ImportPlan.read(within, TODAY));
        assertEquals(ProblemCode.VALIDATION_FAILED, listed.code());
        assertEquals(ImportPlan.ERRORS_LISTED + 1, listed.errors().size());
        assertEquals("En nog 89800 fouten.", listed.errors().get(ImportPlan.ERRORS_LISTED).message());
    }

    @Test
    void tooManyCellsOnManyRowsAreListedWithinTheSameBound() {
        InputStream file = lines(5_001, i -> i == 0 ? HEADER : "A" + i + ";OTHER;B;Jan;extra\n");
        ProblemException refused = assertThrows(ProblemException.class, () -> ImportPlan.read(file, TODAY));
        assertEquals(ImportPlan.ERRORS_LISTED + 1, refused.errors().size());
    }

    @Test
    void nulAndInvalidUtf8AreNotTextAndOtherControlCharactersAreNamed() {
        ProblemException nul = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "A\0;OTHER;B\n"), TODAY));
        assertEquals("import.notText", nul.errors().get(0).key());
        byte[] latin1 = (HEADER + "Caf\u00e9;OTHER;B\n").getBytes(StandardCharsets.ISO_8859_1);
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> ImportPlan.read(new ByteArrayInputStream(latin1), TODAY));
        assertEquals("import.notText", invalid.errors().get(0).key());
        ProblemException control = assertThrows(ProblemException.class,
                () -> ImportPlan.read(stream(HEADER + "A\u0007b;OTHER;B\n"), TODAY));
        assertEquals("invalid.controlCharacter", control.errors().get(0).key());
        assertEquals("naam", control.errors().get(0).field());
    }

    @Test
    void aGoodFileWithBomAndCommasStillReads() {
        byte[] file = ("\uFEFFnaam,type,gemeente\r\n\r\nDorpsraad Een,DORPSRAAD,Venlo\r\n\"Dorpshuis, Twee\",DORPSHUIS,Venlo\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportPlan plan = ImportPlan.read(new ByteArrayInputStream(file), TODAY);
        assertEquals(2, plan.organisations().size());
        assertEquals("Dorpshuis, Twee", plan.organisations().get(1).details().name());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of {@code count} lines made as it is read, so that the test holds no more than the code under test. */
    private static InputStream lines(int count, IntFunction<String> line) {
        return new SequenceInputStream(new java.util.Enumeration<>() {
            int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                return stream(line.apply(next++));
            }
        });
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws java.io.IOException {
            int c = super.read();
            read += c < 0 ? 0 : 1;
            return c;
        }
    }
}

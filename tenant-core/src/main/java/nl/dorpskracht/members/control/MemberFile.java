package nl.dorpskracht.members.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member file: UTF-8 with or without BOM, {@code ;} or {@code ,} separated (whichever the header line uses),
 * first line the headers. Anything that is not such a file is refused as a whole, with the line and column named. The
 * file streams: one row at a time is handed on, and {@link MemberFileLimits} stops a file past its limits.
 */
public final class MemberFile {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    /** Enough to find the separator on any header within the limits. */
    private static final int HEADER_PEEK = MemberFileLimits.MAX_COLUMNS * (MemberFileLimits.MAX_CELL + 1);

    /** One data line: its line number in the file (header = line 1) and its cells by column. */
    public record Row(int line, Map<MemberColumn, String> cells) {
        public String get(MemberColumn column) {
            return cells.get(column);
        }

        public boolean hasAny(List<MemberColumn> columns) {
            return columns.stream().map(cells::get).anyMatch(value -> value != null && !value.isBlank());
        }
    }

    private MemberFile() {
    }

    /**
     * Hands each row on as it is read; row errors go to {@code errors} (which lists the first ones and counts the
     * rest). Returns the number of data rows.
     */
    public static int read(InputStream content, ImportPlan.Errors errors, Consumer<Row> rows) {
        try (PushbackReader text = new PushbackReader(decoded(content), HEADER_PEEK)) {
            char delimiter = delimiterOf(text);
            MemberFileLimits limits = new MemberFileLimits(text, delimiter);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(true).get();
            try (CSVParser parser = CSVParser.parse(limits, format)) {
                return read(parser, errors, rows);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private static int read(CSVParser parser, ImportPlan.Errors errors, Consumer<Row> rows) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        CSVRecord first = records.next();
        List<MemberColumn> columns = header(first);
        int count = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            count++;
            int line = (int) record.getRecordNumber();
            if (record.size() > columns.size()) {
                errors.add(line, null, "import.tooManyCells", columns.size(), record.size());
                continue;
            }
            Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
            boolean clean = true;
            for (int i = 0; i < record.size(); i++) {
                String value = record.get(i);
                if (ControlCharacters.in(value, true)) {
                    errors.add(line, columns.get(i), "invalid.controlCharacter");
                    clean = false;
                }
                cells.put(columns.get(i), CsvCells.unescape(value));
            }
            if (clean) {
                rows.accept(new Row(line, cells));
            }
        }
        if (count == 0) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        return count;
    }

    private static ProblemException unreadable(Throwable cause) {
        String key = cause instanceof CharacterCodingException ? "import.notText" : "import.notCsv";
        return ProblemException.invalid(List.of(new FieldError(null, null, key)));
    }

    private static List<MemberColumn> header(CSVRecord header) {
        List<MemberColumn> columns = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String cell : header) {
            MemberColumn column = MemberColumn.byHeader(cell).orElse(null);
            if (column == null) {
                errors.add(new FieldError(cell, 1, "import.unknownColumn", cell));
            } else if (columns.contains(column)) {
                errors.add(new FieldError(cell, 1, "import.duplicateColumn", cell));
            }
            columns.add(column);
        }
        for (MemberColumn required : MemberColumn.REQUIRED) {
            if (!columns.contains(required)) {
                errors.add(new FieldError(required.header(), 1, "import.missingColumn", required.header()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return columns;
    }

    /** Strict UTF-8: a byte that is not UTF-8 stops the read instead of becoming a replacement character. */
    private static Reader decoded(InputStream content) throws IOException {
        InputStream in = new BufferedInputStream(content, 64 * 1024);
        in.mark(BOM.length);
        byte[] start = in.readNBytes(BOM.length);
        if (start.length < BOM.length || start[0] != BOM[0] || start[1] != BOM[1] || start[2] != BOM[2]) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The separator the header line uses most; the header is read ahead and put back for the parser. */
    private static char delimiterOf(PushbackReader text) throws IOException {
        char[] peek = new char[HEADER_PEEK];
        int length = 0;
        boolean content = false;
        while (length < peek.length) {
            int c = text.read();
            if (c < 0) {
                break;
            }
            peek[length++] = (char) c;
            if (c == '\n' && content) {
                break;
            }
            content |= !Character.isWhitespace(c);
        }
        if (!content) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        text.unread(peek, 0, length);
        long semicolons = 0;
        long commas = 0;
        for (int i = 0; i < length; i++) {
            semicolons += peek[i] == ';' ? 1 : 0;
            commas += peek[i] == ',' ? 1 : 0;
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}

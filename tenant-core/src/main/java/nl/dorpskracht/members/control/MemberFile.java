package nl.dorpskracht.members.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member file: UTF-8 with or without BOM, {@code ;} or {@code ,} separated (whichever the header line uses),
 * first line the headers. Anything that is not such a file is refused as a whole, with the line and column named.
 */
public final class MemberFile {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

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

    public static List<Row> read(byte[] content) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            List<MemberColumn> columns = header(records.get(0));
            List<Row> rows = new ArrayList<>(records.size());
            List<FieldError> errors = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                int line = (int) record.getRecordNumber();
                if (record.size() > columns.size()) {
                    errors.add(new FieldError(null, line, "import.tooManyCells", columns.size(), record.size()));
                    continue;
                }
                Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
                for (int i = 0; i < record.size(); i++) {
                    cells.put(columns.get(i), CsvCells.unescape(record.get(i)));
                }
                rows.add(new Row(line, cells));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            if (rows.isEmpty()) {
                throw new ProblemException(ProblemCode.IMPORT_EMPTY);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid(List.of(new FieldError(null, null, "import.notCsv")));
        }
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

    private static String decode(byte[] content) {
        int offset = startsWithBom(content) ? BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(List.of(new FieldError(null, null, "import.notText")));
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}

package nl.dorpskracht.members.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Stands between the decoded file and the CSV parser and stops the read at the first character past a limit, before the
 * parser has built the record: a header of a million columns or a cell of ten megabytes never reaches the heap. It
 * follows the cells as the parser's lexer does (a cell that starts with a quote runs to the closing quote).
 */
final class MemberFileLimits extends FilterReader {

    /** The file has 23 columns; a hundred leaves room for columns a spreadsheet adds, not for an attack. */
    static final int MAX_COLUMNS = 100;
    /** Longer than every field of the file (a name is at most 200). */
    static final int MAX_CELL = 1_000;
    /** Beyond the largest federation's members with their contact persons; a larger file is split. */
    static final int MAX_ROWS = 100_000;

    private enum State {
        CELL_START, PLAIN, QUOTED, QUOTE_IN_QUOTED
    }

    private final char delimiter;
    private State state = State.CELL_START;
    private int record;
    private boolean recordStarted;
    private int cell;
    private int cellLength;
    /** The header's cells as read, to name a column in a refusal (the parser reads ahead, so this reader names it). */
    private final List<String> headers = new ArrayList<>();
    private final StringBuilder header = new StringBuilder();

    MemberFileLimits(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            accept((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            accept(buffer[i]);
        }
        return read;
    }

    private void accept(char c) {
        if (c == '\0') {
            throw ProblemException.invalid(List.of(new FieldError(null, null, "import.notText")));
        }
        boolean lineEnd = c == '\n' || c == '\r';
        if (!recordStarted && !lineEnd) {
            startRecord();
        }
        switch (state) {
        case CELL_START -> {
            if (c == '"') {
                state = State.QUOTED;
            } else {
                plain(c, lineEnd);
            }
        }
        case PLAIN -> plain(c, lineEnd);
        case QUOTED -> {
            if (c == '"') {
                state = State.QUOTE_IN_QUOTED;
            } else {
                grow(c);
            }
        }
        case QUOTE_IN_QUOTED -> {
            if (c == '"') {
                state = State.QUOTED;
                grow(c);
            } else {
                plain(c, lineEnd);
            }
        }
        }
    }

    private void plain(char c, boolean lineEnd) {
        if (lineEnd) {
            endCell();
            recordStarted = false;
            state = State.CELL_START;
        } else if (c == delimiter) {
            endCell();
            cell++;
            cellLength = 0;
            state = State.CELL_START;
            if (cell >= MAX_COLUMNS) {
                throw refusal(ProblemCode.IMPORT_TOO_MANY_COLUMNS, null, "import.tooManyColumns", MAX_COLUMNS);
            }
        } else {
            state = State.PLAIN;
            grow(c);
        }
    }

    private void endCell() {
        if (record == 1 && recordStarted) {
            headers.add(MemberColumn.byHeader(header.toString()).map(MemberColumn::header)
                    .orElse(header.toString().strip()));
            header.setLength(0);
        }
    }

    private void grow(char c) {
        if (record == 1) {
            header.append(c);
        }
        if (++cellLength > MAX_CELL) {
            String column = cell < headers.size() ? headers.get(cell) : String.valueOf(cell + 1);
            throw refusal(ProblemCode.IMPORT_CELL_TOO_LONG, column, "import.cellTooLong", MAX_CELL);
        }
    }

    private void startRecord() {
        recordStarted = true;
        record++;
        cell = 0;
        cellLength = 0;
        if (record - 1 > MAX_ROWS) {
            throw refusal(ProblemCode.IMPORT_TOO_MANY_ROWS, null, "import.tooManyRows", MAX_ROWS);
        }
    }

    private ProblemException refusal(ProblemCode code, String column, String key, int limit) {
        FieldError error = new FieldError(column, record, key, limit);
        return new ProblemException(code, error.message(), List.of(error));
    }
}

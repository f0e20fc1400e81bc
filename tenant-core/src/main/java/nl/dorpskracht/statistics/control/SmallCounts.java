package nl.dorpskracht.statistics.control;

import java.util.List;
import nl.dorpskracht.statistics.entity.PersonCount;

/**
 * Hides small counts of people in a table with row and column totals, so that none of them can be read back from the
 * numbers that are shown. First every count from 1 to {@code threshold - 1} is hidden, totals included; then, as long
 * as a row or column (its total counted as one of its entries) has exactly one hidden entry, which its total would give
 * away by subtraction, the smallest shown non-zero entry of that line is hidden too. Zero is shown: it points at
 * nobody.
 */
public final class SmallCounts {

    private final long[][] values;
    private final boolean[][] hidden;
    private final int threshold;

    private SmallCounts(long[][] cells, int threshold) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        this.threshold = threshold;
        this.values = new long[rows + 1][columns + 1];
        this.hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = cells[r][c];
                values[r][columns] += cells[r][c];
                values[rows][c] += cells[r][c];
                values[rows][columns] += cells[r][c];
            }
        }
    }

    /** {@code cells[row][column]}, all rows of the same length; totals are added here. */
    public static SmallCounts of(long[][] cells, int threshold) {
        SmallCounts table = new SmallCounts(cells, threshold);
        table.hideSmall();
        table.hideWhatTotalsWouldGiveAway();
        return table;
    }

    public PersonCount cell(int row, int column) {
        return at(row, column);
    }

    public PersonCount rowTotal(int row) {
        return at(row, columns());
    }

    public PersonCount columnTotal(int column) {
        return at(rows(), column);
    }

    public PersonCount total() {
        return at(rows(), columns());
    }

    private PersonCount at(int row, int column) {
        return hidden[row][column] ? PersonCount.hidden(threshold) : PersonCount.shown(values[row][column]);
    }

    private int rows() {
        return values.length - 1;
    }

    private int columns() {
        return values[0].length - 1;
    }

    private void hideSmall() {
        for (int r = 0; r <= rows(); r++) {
            for (int c = 0; c <= columns(); c++) {
                hidden[r][c] = values[r][c] > 0 && values[r][c] < threshold;
            }
        }
    }

    private void hideWhatTotalsWouldGiveAway() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows(); r++) {
                changed |= protect(rowLine(r));
            }
            for (int c = 0; c <= columns(); c++) {
                changed |= protect(columnLine(c));
            }
        }
    }

    /** Hides one more entry of a line that has exactly one hidden; true if it did. */
    private boolean protect(List<int[]> line) {
        long hiddenEntries = line.stream().filter(this::isHidden).count();
        if (hiddenEntries != 1) {
            return false;
        }
        int[] smallest = null;
        for (int[] entry : line) {
            long value = values[entry[0]][entry[1]];
            if (!isHidden(entry) && value > 0 && (smallest == null || value < values[smallest[0]][smallest[1]])) {
                smallest = entry;
            }
        }
        if (smallest == null) {
            return false;
        }
        hidden[smallest[0]][smallest[1]] = true;
        return true;
    }

    private boolean isHidden(int[] entry) {
        return hidden[entry[0]][entry[1]];
    }

    private List<int[]> rowLine(int row) {
        return java.util.stream.IntStream.rangeClosed(0, columns()).mapToObj(c -> new int[] { row, c }).toList();
    }

    private List<int[]> columnLine(int column) {
        return java.util.stream.IntStream.rangeClosed(0, rows()).mapToObj(r -> new int[] { r, column }).toList();
    }
}

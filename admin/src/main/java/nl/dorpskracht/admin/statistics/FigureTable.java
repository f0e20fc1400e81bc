package nl.dorpskracht.admin.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * One table of the dashboard and the chart drawn from it: a row per association, quarter or year, a column per series,
 * and a total row (and perhaps a total column) that is not drawn. The chart and the table read the same cells, so they
 * cannot disagree.
 */
public record FigureTable(String id, String caption, String rowHeader, List<String> columns, List<Row> rows, Row total,
        Drawing drawing) implements Serializable {

    /** Which columns the chart draws (a total column is not), stacked or side by side, in euros, bars lying down. */
    public record Drawing(List<Integer> columns, boolean stacked, boolean euros, boolean lying)
            implements Serializable {
    }

    /** {@code key} names the row for tests and styles (an association's code, a quarter), never a person. */
    public record Row(String key, String label, List<Cell> cells) implements Serializable {
    }

    /** As shown, and as drawn: {@code value} is null when the count is hidden (shown as {@code <5}) or not a number. */
    public record Cell(String text, Long value) implements Serializable {

        public boolean hidden() {
            return value == null;
        }
    }

    public boolean hasHidden() {
        return rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::hidden)
                || total != null && total.cells().stream().anyMatch(Cell::hidden);
    }

    /** Nothing to draw: every drawn number is zero (or hidden). */
    public boolean nothingDrawn() {
        return drawing == null || rows.stream().allMatch(row -> drawing.columns().stream()
                .map(column -> row.cells().get(column).value()).allMatch(value -> value == null || value == 0));
    }
}

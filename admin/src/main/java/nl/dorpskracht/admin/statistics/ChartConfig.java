package nl.dorpskracht.admin.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import nl.dorpskracht.admin.statistics.FigureTable.Cell;
import nl.dorpskracht.admin.statistics.FigureTable.Row;

/**
 * A Chart.js bar chart of a {@link FigureTable}, as the JSON {@code <p:chart value>} takes: its rows along the bottom,
 * a coloured series per drawn column. Hidden counts are left out of the drawing, not drawn as zero.
 */
final class ChartConfig {

    /** Okabe and Ito's palette, told apart with every common kind of colour blindness. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");
    private static final int LABEL_SIZE = 15;
    private static final int LINE_LENGTH = 14;
    private static final String INK = "#1b1b1b";

    private ChartConfig() {
    }

    static String of(FigureTable table, String valueAxisTitle) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(lines(row.label())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<Integer> drawn = table.drawing().columns();
        for (int i = 0; i < drawn.size(); i++) {
            int column = drawn.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", table.columns().get(column))
                    .add("data", values(table.rows(), column, table.drawing().euros())).add("backgroundColor", colour)
                    .add("borderColor", INK).add("maxBarThickness", 48).add("borderWidth", 1));
        }
        JsonObject config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(table.drawing(), valueAxisTitle)).build();
        // the JSON is written into a <script>: a name holding "</script>" must not end it
        return config.toString().replace("<", "\\u003c");
    }

    /**
     * Tall enough for what lies in it: bars lying down get room for their names' lines (or for their bars side by
     * side), and the legend room to wrap on a phone.
     */
    static String height(FigureTable table) {
        FigureTable.Drawing drawing = table.drawing();
        int series = drawing.columns().size();
        double legend = 2 + series * 1.5;
        if (!drawing.lying()) {
            return rem(18 + legend);
        }
        int lines = table.rows().stream().mapToInt(row -> lineCount(row.label())).max().orElse(1);
        double perRow = Math.max(lines * 1.3 + 1, (drawing.stacked() ? 1 : series) * 1.2 + 1);
        return rem(perRow * table.rows().size() + legend + 3);
    }

    private static String rem(double size) {
        return String.format(java.util.Locale.ROOT, "%.1frem", size);
    }

    private static int lineCount(String label) {
        return lines(label).build().size();
    }

    /** A long association name on a few short lines under its bar, instead of slanting across its neighbours. */
    static JsonArrayBuilder lines(String label) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString());
    }

    private static JsonArrayBuilder values(List<Row> rows, int column, boolean euros) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Row row : rows) {
            Cell cell = row.cells().get(column);
            if (cell.hidden()) {
                values.addNull();
            } else if (euros) {
                values.add(BigDecimal.valueOf(cell.value(), 2));
            } else {
                values.add(cell.value());
            }
        }
        return values;
    }

    /** Associations as bars lying down, their names beside them (they fit on a phone); quarters and years standing. */
    private static JsonObjectBuilder options(FigureTable.Drawing drawing, String valueAxisTitle) {
        boolean stacked = drawing.stacked();
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", text().add("precision", 0));
        if (valueAxisTitle != null) {
            valueAxis.add("title", text().add("display", true).add("text", valueAxisTitle));
        }
        JsonObjectBuilder categoryAxis = Json.createObjectBuilder().add("stacked", stacked).add("ticks",
                text().add("maxRotation", 0).add("autoSkip", !drawing.lying()));
        JsonObjectBuilder legend = Json.createObjectBuilder().add("position", "bottom").add("labels", text());
        return Json.createObjectBuilder().add("indexAxis", drawing.lying() ? "y" : "x").add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", legend))
                .add("scales", drawing.lying() ? Json.createObjectBuilder().add("y", categoryAxis).add("x", valueAxis)
                        : Json.createObjectBuilder().add("x", categoryAxis).add("y", valueAxis));
    }

    /** Large, dark letters: the default grey is too faint for many readers. */
    private static JsonObjectBuilder text() {
        return Json.createObjectBuilder().add("color", INK).add("font",
                Json.createObjectBuilder().add("size", LABEL_SIZE));
    }
}

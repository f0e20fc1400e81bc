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

    private ChartConfig() {
    }

    static String of(FigureTable table, String valueAxisTitle) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<Integer> drawn = table.drawing().columns();
        for (int i = 0; i < drawn.size(); i++) {
            int column = drawn.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", table.columns().get(column))
                    .add("data", values(table.rows(), column, table.drawing().euros())).add("backgroundColor", colour)
                    .add("borderColor", "#1b1b1b").add("borderWidth", 1));
        }
        JsonObject config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(table.drawing().stacked(), valueAxisTitle)).build();
        // the JSON is written into a <script>: a name holding "</script>" must not end it
        return config.toString().replace("<", "\\u003c");
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

    private static JsonObjectBuilder options(boolean stacked, String valueAxisTitle) {
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0).add("font", font()));
        if (valueAxisTitle != null) {
            valueAxis.add("title",
                    Json.createObjectBuilder().add("display", true).add("text", valueAxisTitle).add("font", font()));
        }
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins",
                        Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom").add("labels",
                                        Json.createObjectBuilder().add("font", font()))))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked)
                        .add("ticks", Json.createObjectBuilder().add("font", font()))).add("y", valueAxis));
    }

    private static JsonObjectBuilder font() {
        return Json.createObjectBuilder().add("size", LABEL_SIZE);
    }
}

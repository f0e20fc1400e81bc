package nl.dorpskracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dorpskracht.statistics.control.SmallCounts;
import nl.dorpskracht.statistics.entity.PersonCount;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void aSmallCountIsHiddenAndSoIsTheCountItsRowTotalWouldGiveAway() {
        SmallCounts table = SmallCounts.of(new long[][] { { 2, 6 } }, 5);
        assertEquals("<5", table.cell(0, 0).text());
        assertEquals("<5", table.cell(0, 1).text(), "8 - 6 = 2");
        assertEquals("8", table.rowTotal(0).text());
        assertEquals("<5", table.columnTotal(0).text());
        assertEquals("<5", table.columnTotal(1).text(), "else 8 - 6 again");
        assertEquals("8", table.total().text());
    }

    @Test
    void largeCountsAndZeroesAreShown() {
        SmallCounts table = SmallCounts.of(new long[][] { { 10, 0 }, { 30, 40 } }, 5);
        assertEquals(List.of("10", "0", "30", "40", "10", "70", "40", "40", "80"),
                List.of(table.cell(0, 0).text(), table.cell(0, 1).text(), table.cell(1, 0).text(),
                        table.cell(1, 1).text(), table.rowTotal(0).text(), table.rowTotal(1).text(),
                        table.columnTotal(0).text(), table.columnTotal(1).text(), table.total().text()));
    }

    @Test
    void inAnyTableEverySmallCountIsHiddenNoLineHasExactlyOneHiddenEntryAndWhatIsShownIsTrue() {
        Random random = new Random(20261123);
        for (int round = 0; round < 2_000; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] cells = new long[rows][columns];
            for (long[] row : cells) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(4);
                    row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(60);
                }
            }
            SmallCounts table = SmallCounts.of(cells, 5);
            PersonCount[][] shown = new PersonCount[rows + 1][columns + 1];
            long[][] actual = new long[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    shown[r][c] = table.cell(r, c);
                    actual[r][c] = cells[r][c];
                    actual[r][columns] += cells[r][c];
                    actual[rows][c] += cells[r][c];
                    actual[rows][columns] += cells[r][c];
                }
                shown[r][columns] = table.rowTotal(r);
            }
            for (int c = 0; c < columns; c++) {
                shown[rows][c] = table.columnTotal(c);
            }
            shown[rows][columns] = table.total();
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long value = actual[r][c];
                    if (value > 0 && value < 5) {
                        assertTrue(shown[r][c].suppressed(), "small count shown");
                    } else if (!shown[r][c].suppressed()) {
                        assertEquals(value, shown[r][c].count());
                    }
                }
            }
            for (int r = 0; r <= rows; r++) {
                List<Boolean> line = new ArrayList<>();
                for (int c = 0; c <= columns; c++) {
                    line.add(shown[r][c].suppressed());
                }
                assertNotEquals(1L, line.stream().filter(h -> h).count(), "row " + r + " of round " + round);
            }
            for (int c = 0; c <= columns; c++) {
                List<Boolean> line = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                    line.add(shown[r][c].suppressed());
                }
                assertNotEquals(1L, line.stream().filter(h -> h).count(), "column " + c + " of round " + round);
            }
        }
    }
}

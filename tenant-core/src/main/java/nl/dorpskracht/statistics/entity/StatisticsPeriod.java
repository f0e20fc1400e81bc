package nl.dorpskracht.statistics.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.InputFields;

/**
 * The whole quarters the national figures cover, from the quarter of {@code from} up to and including the quarter of
 * {@code to}; contributions count by the years these quarters touch. Member organisations by type, region and status
 * are as they are now, whatever the period.
 */
public record StatisticsPeriod(Quarter first, Quarter last) {

    /** Long enough for ten years of history; a longer one is almost surely a typing error in a year. */
    public static final int MOST_QUARTERS = 80;

    /**
     * From the query string: dates as {@code 2025-01-01} or {@code 1-1-2025}; by default this year and the two before.
     */
    public static StatisticsPeriod parse(String from, String to, LocalDate today) {
        InputFields fields = new InputFields();
        LocalDate start = fields.date("from", from);
        LocalDate end = fields.date("to", to);
        fields.throwIfInvalid();
        Quarter first = Quarter.of(start != null ? start : LocalDate.of(today.getYear() - 2, 1, 1));
        Quarter last = Quarter.of(end != null ? end : LocalDate.of(today.getYear(), 12, 31));
        if (last.compareTo(first) < 0) {
            fields.fail("to", "statistics.period.order");
        } else if (new StatisticsPeriod(first, last).quarters().size() > MOST_QUARTERS) {
            fields.fail("from", "statistics.period.length", MOST_QUARTERS / 4);
        }
        fields.throwIfInvalid();
        return new StatisticsPeriod(first, last);
    }

    public LocalDate from() {
        return first.start();
    }

    public LocalDate to() {
        return last.end();
    }

    public List<Quarter> quarters() {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0 && all.size() <= MOST_QUARTERS; q = q.next()) {
            all.add(q);
        }
        return all;
    }

    public List<Integer> years() {
        List<Integer> all = new ArrayList<>();
        for (int year = first.year(); year <= last.year(); year++) {
            all.add(year);
        }
        return all;
    }
}

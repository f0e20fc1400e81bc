package nl.dorpskracht.statistics.entity;

import java.time.LocalDate;

/** A calendar quarter, written {@code 2026-Q3}; the tallies key a quarter by its first day. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}

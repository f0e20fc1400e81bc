package nl.dorpskracht.statistics.entity;

/**
 * A number of people, or only that it is fewer than the smallest number shown: a count of one or two registrations from
 * a province could point at a person. Exactly one of the two is set.
 */
public record PersonCount(Long count, Integer fewerThan) {

    public static PersonCount shown(long count) {
        return new PersonCount(count, null);
    }

    public static PersonCount hidden(int threshold) {
        return new PersonCount(null, threshold);
    }

    public boolean suppressed() {
        return count == null;
    }

    /** As a spreadsheet or a page shows it: the number, or {@code <5}. */
    public String text() {
        return count != null ? Long.toString(count) : "<" + fewerThan;
    }
}

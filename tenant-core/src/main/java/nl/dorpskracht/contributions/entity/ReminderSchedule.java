package nl.dorpskracht.contributions.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.problem.InputFields;

/**
 * When an association reminds late payers: after how many days overdue (up to {@link #MAX_STEPS}, ascending), and in
 * what tone. Step n is the n-th day count. An invoice gets at most one reminder per step, and never one for a step
 * below one it had: an invoice found 40 days overdue under "14, 30" gets the reminder of step 2 only.
 */
public record ReminderSchedule(List<Integer> days, Tone tone, long version) {

    public static final int MAX_STEPS = 5;
    public static final int MAX_DAYS = 365;

    /** The reminder text's tone; both are polite Dutch ("u"). */
    public enum Tone {
        /** "Misschien is het u ontgaan…" */
        VRIENDELIJK,
        /** "Volgens onze administratie… wij verzoeken u…" */
        ZAKELIJK
    }

    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of(), Tone.VRIENDELIJK, 0);
    }

    public ReminderSchedule {
        days = List.copyOf(days);
    }

    /** The stored form: {@code 14,30}. */
    public String stored() {
        return days.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static ReminderSchedule stored(String days, String tone, long version) {
        List<Integer> parsed = days == null || days.isBlank() ? List.of()
                : Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
        return new ReminderSchedule(parsed, Tone.valueOf(tone), version);
    }

    /**
     * The step due for an invoice due on {@code dueOn}, today, whose last reminder was step {@code lastStep} (0: none):
     * the highest step whose day count has passed, if it is above the last one.
     */
    public OptionalInt stepDue(LocalDate dueOn, LocalDate today, int lastStep) {
        long overdue = ChronoUnit.DAYS.between(dueOn, today);
        int due = 0;
        for (int i = 0; i < days.size(); i++) {
            if (overdue >= days.get(i)) {
                due = i + 1;
            }
        }
        return due > lastStep ? OptionalInt.of(due) : OptionalInt.empty();
    }

    /** The day count of a step (from 1). */
    public int daysOf(int step) {
        return days.get(step - 1);
    }

    /** Checks typed day counts (1..365, at most five, no repeats; sorted) and a tone. */
    public static ReminderSchedule validate(List<Integer> days, String tone, long version) {
        InputFields fields = new InputFields();
        List<Integer> given = days == null ? List.of() : days;
        TreeSet<Integer> sorted = new TreeSet<>();
        if (given.size() > MAX_STEPS) {
            fields.fail("days", "invalid.reminderDays", MAX_STEPS, MAX_DAYS);
        }
        for (Integer day : given) {
            if (day == null || day < 1 || day > MAX_DAYS || !sorted.add(day)) {
                fields.fail("days", "invalid.reminderDays", MAX_STEPS, MAX_DAYS);
                break;
            }
        }
        Tone chosen = fields.choice("tone", tone == null || tone.isBlank() ? Tone.VRIENDELIJK.name() : tone, Tone.class,
                "required.tone", "invalid.tone");
        fields.throwIfInvalid();
        return new ReminderSchedule(new ArrayList<>(sorted), chosen, version);
    }
}

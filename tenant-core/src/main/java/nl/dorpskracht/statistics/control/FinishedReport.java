package nl.dorpskracht.statistics.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;

/**
 * A report as it was summed from the tallies in {@code state} ({@link TallyQueries#state()}) for a federation whose
 * associations were {@code federation}: equal state and federation, equal report. Holds the report's JSON once it was
 * written, so a repeated request is answered with the same bytes without assembling or serialising anything.
 */
public final class FinishedReport {

    private final String national;
    private final StatisticsPeriod period;
    private final String state;
    private final List<Map<String, Object>> federation;
    private final NationalStatistics report;
    private final String tag;
    private volatile byte[] json;

    public FinishedReport(String national, StatisticsPeriod period, String state, List<Map<String, Object>> federation,
            NationalStatistics report) {
        this.national = national;
        this.period = period;
        this.state = state;
        this.federation = List.copyOf(federation);
        this.report = report;
        this.tag = digest(national + '\n' + period + '\n' + state + '\n' + federation);
    }

    /** Whether this report is what the tallies in {@code state} give for this federation, period and associations. */
    public boolean isFor(String national, StatisticsPeriod period, String state, List<Map<String, Object>> federation) {
        return this.national.equals(national) && this.period.equals(period) && this.state.equals(state)
                && this.federation.equals(federation);
    }

    public NationalStatistics report() {
        return report;
    }

    /** An entity tag: the same for the same report, another one as soon as a figure may have changed. */
    public String tag() {
        return tag;
    }

    /** The report as JSON, written by {@code writer} the first time and kept. */
    public byte[] json(Function<NationalStatistics, byte[]> writer) {
        byte[] written = json;
        if (written == null) {
            written = writer.apply(report);
            json = written;
        }
        return written;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

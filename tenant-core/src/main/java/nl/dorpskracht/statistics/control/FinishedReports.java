package nl.dorpskracht.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;

/**
 * The last finished report per federation and period, on this instance. Nothing here is trusted by itself: a report is
 * only handed out again when the database names the same tallies and associations ({@link FinishedReport#isFor}), which
 * a request reads first; so a change made on another instance, by a fold job anywhere or behind the application's back
 * shows in the next answer. A handful of periods are asked for; the map is emptied when more are.
 */
@ApplicationScoped
public class FinishedReports {

    static final int MOST = 32;

    private final Map<Key, FinishedReport> reports = new ConcurrentHashMap<>();

    private record Key(String national, StatisticsPeriod period) {
    }

    public FinishedReport get(String national, StatisticsPeriod period) {
        return reports.get(new Key(national, period));
    }

    public void keep(String national, StatisticsPeriod period, FinishedReport report) {
        if (reports.size() >= MOST) {
            reports.clear();
        }
        reports.put(new Key(national, period), report);
    }
}

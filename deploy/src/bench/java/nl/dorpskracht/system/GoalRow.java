package nl.dorpskracht.system;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Function;

/**
 * One line of issue 20's table: what the goal measures as a ratio (a ratio of two figures, or a figure against its
 * goal), the bound, and the absolute figures to show beside it.
 */
record GoalRow(String goal, Function<Properties, OptionalDouble> ratio, Bound bound, double limit,
        Function<Properties, String> absolute) {

    enum Bound {
        AT_LEAST, AT_MOST
    }

    static List<GoalRow> all() {
        return List.of(
                new GoalRow("member list ÷ ping, req/s (8 clients)", p -> divide(p, "members.req.s", "ping.req.s"),
                        Bound.AT_LEAST, 0.50,
                        p -> f(p, "members.req.s", "%.0f req/s") + " ÷ " + f(p, "ping.req.s", "%.0f req/s")
                                + "; tenants " + f(p, "tenants.req.s", "%.0f req/s")),
                new GoalRow("member list p99 ÷ 25 ms", p -> divide(p, "members.p99.ms", 25), Bound.AT_MOST, 1.0,
                        p -> "p99 " + f(p, "members.p99.ms", "%.1f ms") + ", p50 " + f(p, "members.p50.ms", "%.1f ms")),
                new GoalRow("member list query, RLS on ÷ off (p50)", p -> divide(p, "rls.on.ms", "rls.off.ms"),
                        Bound.AT_MOST, 1.10, p -> f(p, "rls.on.ms", "%.2f ms") + " ÷ " + f(p, "rls.off.ms", "%.2f ms")),
                new GoalRow("national statistics p50, 10 M ÷ 10 k contact persons",
                        p -> divide(p, "statistics.10000000.p50.ms", "statistics.10000.p50.ms"), Bound.AT_MOST, 1.2,
                        p -> f(p, "statistics.10000000.p50.ms", "%.1f ms") + " ÷ "
                                + f(p, "statistics.10000.p50.ms", "%.1f ms")),
                new GoalRow("national statistics p50 at 1 M ÷ 10 ms", p -> divide(p, "statistics.1000000.p50.ms", 10),
                        Bound.AT_MOST, 1.0, p -> f(p, "statistics.1000000.p50.ms", "%.1f ms")),
                new GoalRow("restart → ready ÷ 10 s", p -> divide(p, "restart.s", 10), Bound.AT_MOST, 1.0,
                        p -> f(p, "restart.s", "%.1f s") + " (fresh data directory " + f(p, "start.fresh.s", "%.1f s")
                                + ")"),
                new GoalRow("RSS after load via run.sh ÷ 512 MiB", p -> divide(p, "rss.highest.mib", 512),
                        Bound.AT_MOST, 1.0,
                        p -> "highest " + f(p, "rss.highest.mib", "%.0f MiB") + "; started "
                                + f(p, "rss.started.mib", "%.0f") + ", after API load " + f(p, "rss.api.mib", "%.0f")
                                + ", end " + f(p, "rss.end.mib", "%.0f")),
                new GoalRow("import rows/s ÷ 10,000", p -> divide(p, "import.rows.s", 10_000), Bound.AT_LEAST, 1.0,
                        p -> f(p, "import.rows.s", "%,.0f rows/s")),
                new GoalRow("registrations for one event, 32 clients ÷ 200/s",
                        p -> divide(p, "registrations.one.s", 200), Bound.AT_LEAST, 1.0,
                        p -> f(p, "registrations.one.s", "%.0f/s")),
                new GoalRow("`.ci/run` ÷ 5 min (last green run)", p -> divide(p, "suite.s", 300), Bound.AT_MOST, 1.0,
                        p -> f(p, "suite.s", "%.0f s") + (p.getProperty("suite.commit") == null ? ""
                                : " at " + p.getProperty("suite.commit"))));
    }

    String line(Properties now, Properties before) {
        OptionalDouble ratioNow = ratio.apply(now);
        String met = ratioNow.isEmpty() ? "–"
                : (bound == Bound.AT_LEAST ? ratioNow.getAsDouble() >= limit : ratioNow.getAsDouble() <= limit) ? "yes"
                        : "**no**";
        String goalText = goal + (bound == Bound.AT_LEAST ? " ≥ " : " ≤ ") + String.format(Locale.ROOT, "%.2f", limit);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", goalText, ratioText(ratioNow),
                ratioText(ratio.apply(before)), met, absolute.apply(now), absolute.apply(before));
    }

    private static String ratioText(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : "–";
    }

    private static OptionalDouble divide(Properties figures, String numerator, String denominator) {
        OptionalDouble top = CompareBenchmark.figure(figures, numerator);
        OptionalDouble bottom = CompareBenchmark.figure(figures, denominator);
        return top.isPresent() && bottom.isPresent() && bottom.getAsDouble() > 0
                ? OptionalDouble.of(top.getAsDouble() / bottom.getAsDouble())
                : OptionalDouble.empty();
    }

    private static OptionalDouble divide(Properties figures, String numerator, double denominator) {
        OptionalDouble top = CompareBenchmark.figure(figures, numerator);
        return top.isPresent() ? OptionalDouble.of(top.getAsDouble() / denominator) : OptionalDouble.empty();
    }

    private static String f(Properties figures, String name, String format) {
        OptionalDouble value = CompareBenchmark.figure(figures, name);
        return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "–";
    }
}

package nl.dorpskracht.system;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures the parts of a benchmark run measured, by name, for {@link CompareBenchmark}'s table: each part prints its
 * own lines as before and also notes the figure the table needs here.
 */
public final class BenchmarkFigures {

    private static final Map<String, Double> FIGURES = new ConcurrentHashMap<>();

    private BenchmarkFigures() {
    }

    public static void put(String name, double value) {
        FIGURES.put(name, value);
    }

    public static OptionalDouble get(String name) {
        Double value = FIGURES.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

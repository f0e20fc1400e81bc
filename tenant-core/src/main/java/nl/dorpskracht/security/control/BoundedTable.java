package nl.dorpskracht.security.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table of counters with a fixed number of rows: when it is full, rows that are over are dropped first, and only then
 * the row touched longest ago. Guessing with invented account names or from many addresses must not grow memory without
 * bound; the price is that a flood from very many addresses can make the table forget a counter early. Not thread-safe:
 * its owner synchronizes.
 */
final class BoundedTable<V> {

    private final int capacity;
    private final LinkedHashMap<String, V> rows;

    BoundedTable(int capacity) {
        this.capacity = capacity;
        // access order: the eldest row is the one touched longest ago
        this.rows = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true);
    }

    V get(String key) {
        return rows.get(key);
    }

    V getOrAdd(String key, Function<String, V> create, Predicate<V> over) {
        V row = rows.get(key);
        if (row != null) {
            return row;
        }
        if (rows.size() >= capacity) {
            rows.values().removeIf(over);
        }
        if (rows.size() >= capacity) {
            Map.Entry<String, V> eldest = rows.entrySet().iterator().next();
            rows.remove(eldest.getKey());
        }
        row = create.apply(key);
        rows.put(key, row);
        return row;
    }

    void remove(String key) {
        rows.remove(key);
    }

    void removeKeysStartingWith(String prefix) {
        rows.keySet().removeIf(key -> key.startsWith(prefix));
    }

    int size() {
        return rows.size();
    }
}

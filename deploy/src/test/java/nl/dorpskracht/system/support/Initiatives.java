package nl.dorpskracht.system.support;

/** Initiatives of the Projectenbank written straight into the database, for the figures that count them. */
public final class Initiatives {

    private Initiatives() {
    }

    /** {@code count} draft initiatives titled {@code prefix 1 … prefix n}, each with the one theme. */
    public static void insert(String tenant, String prefix, int count, String theme) {
        Database.execute(
                "insert into initiative (tenant_id, id, title, themes) select ?, gen_random_uuid(),"
                        + " ? || ' ' || n, array[?]::varchar[] from generate_series(1, ?) n",
                tenant, prefix, theme, count);
    }
}

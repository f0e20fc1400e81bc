package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * While a load runs: the server's resident memory, and what its database connections are doing (pg_stat_statements is
 * not available in the embedded database, so {@code pg_stat_activity} is sampled every 100 ms; an active connection is
 * counted by the first words of its statement, never its values).
 */
public final class LoadSampler implements Runnable {

    private final RunningDorpskracht server;
    private final Connection superuser;
    private final Thread thread = new Thread(this, "load-sampler");
    private final Map<String, Integer> states = new TreeMap<>();
    private volatile boolean running = true;
    private long maxResident;
    private long residentSum;
    private int residentSamples;
    private int connectionSamples;

    private LoadSampler(RunningDorpskracht server, Connection superuser) {
        this.server = server;
        this.superuser = superuser;
    }

    public static LoadSampler start(RunningDorpskracht server, Connection superuser) {
        LoadSampler sampler = new LoadSampler(server, superuser);
        sampler.thread.setDaemon(true);
        sampler.thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            long resident = server.residentMegabytes();
            maxResident = Math.max(maxResident, resident);
            residentSum += resident;
            residentSamples++;
            try (Statement statement = superuser.createStatement();
                    ResultSet rows = statement.executeQuery("select case when state = 'active' then 'active: '"
                            + " || left(regexp_replace(query, '\\s+', ' ', 'g'), 48) when state like 'idle in"
                            + " transaction%' then 'in a transaction, in Java' else 'idle in the pool' end"
                            + " from pg_stat_activity where application_name = 'dorpskracht'")) {
                while (rows.next()) {
                    states.merge(rows.getString(1), 1, Integer::sum);
                    connectionSamples++;
                }
            } catch (SQLException e) {
                states.merge("(sampling failed)", 1, Integer::sum);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops sampling and returns what was seen. */
    public Seen stop() throws InterruptedException {
        running = false;
        thread.join();
        return new Seen(maxResident, residentSamples == 0 ? 0 : residentSum / residentSamples, states,
                connectionSamples);
    }

    public record Seen(long maxResidentMegabytes, long meanResidentMegabytes, Map<String, Integer> states, int samples) {

        /** The states that took at least 2 % of the samples, largest first. */
        public String connections() {
            StringBuilder shares = new StringBuilder();
            states.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .filter(state -> state.getValue() * 50 >= samples).forEach(state -> shares.append(
                            String.format("%n    %3.0f %%  %s", 100.0 * state.getValue() / samples, state.getKey())));
            return shares.toString();
        }
    }
}

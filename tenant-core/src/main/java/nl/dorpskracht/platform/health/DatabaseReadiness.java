package nl.dorpskracht.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.platform.database.EmbeddedDatabase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while a round trip through the application's own pool succeeds: a service whose database is gone must say
 * so, and say why, instead of answering UP and 500 to every request. The round trip is bounded; while one is under way,
 * further checks wait for the same one instead of taking more connections from a pool that may be stuck.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final long ROUND_TRIP_LIMIT_MILLIS = 3000;
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    @Inject
    ApplicationDataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private CompletableFuture<Optional<String>> inFlight;

    @Override
    public HealthCheckResponse call() {
        Optional<String> embeddedTrouble = EmbeddedDatabase.trouble();
        if (embeddedTrouble.isPresent()) {
            return down(embeddedTrouble.get());
        }
        Optional<String> trouble;
        try {
            trouble = roundTrip().get(ROUND_TRIP_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            trouble = Optional.of("no answer within " + ROUND_TRIP_LIMIT_MILLIS + " ms");
        } catch (ExecutionException | RuntimeException failed) {
            trouble = Optional.of("check failed: " + failed.getClass().getName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            trouble = Optional.of("check interrupted");
        }
        return trouble.map(DatabaseReadiness::down).orElseGet(() -> HealthCheckResponse.up(NAME));
    }

    private synchronized CompletableFuture<Optional<String>> roundTrip() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::selectOne, executor);
        }
        return inFlight;
    }

    private Optional<String> selectOne() {
        try (Connection connection = dataSource.get().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("select 1");
            return Optional.empty();
        } catch (SQLException e) {
            // The SQL state says what failed (08001: cannot connect) without quoting anything stored.
            return Optional.of(
                    "database unreachable: " + e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")");
        } catch (RuntimeException e) {
            return Optional.of("database unreachable: " + e.getClass().getName());
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}

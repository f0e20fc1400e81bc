package nl.dorpskracht.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.platform.database.DatabaseBootstrap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    DatabaseBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-migrations").status(bootstrap.isMigrated()).build();
    }
}

package nl.dorpskracht.deploy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the application role (owns nothing, cannot bypass row-level security). Values
 * come from MicroProfile Config: environment variables in production, the embedded default otherwise.
 */
@DataSourceDefinition(name = "java:app/jdbc/dorpskracht", className = "org.postgresql.ds.PGSimpleDataSource", url = "${MPCONFIG=dorpskracht.db.url}", user = "${MPCONFIG=dorpskracht.db.user}", password = "${MPCONFIG=dorpskracht.db.password}", minPoolSize = 2, maxPoolSize = 20, properties = {
        "fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=auto-commit",
        "fish.payara.statement-timeout-in-seconds=30", "ApplicationName=dorpskracht",
        // EclipseLink binds a null UUID as a null varchar; untyped strings let PostgreSQL take the column's type.
        "stringType=unspecified",
        // A batch of inserts travels as multi-row inserts: an import of 10,000 members is mostly inserts.
        "reWriteBatchedInserts=true" })
@ApplicationScoped
public class DataSourceDefinitions {
}

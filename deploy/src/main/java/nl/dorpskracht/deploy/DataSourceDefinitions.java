package nl.dorpskracht.deploy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the application role (owns nothing, cannot bypass row-level security). Values
 * come from MicroProfile Config: environment variables in production, the embedded default otherwise.
 */
@DataSourceDefinition(name = "java:app/jdbc/dorpskracht", className = "org.postgresql.ds.PGSimpleDataSource", url = "${MPCONFIG=dorpskracht.db.url}", user = "${MPCONFIG=dorpskracht.db.user}", password = "${MPCONFIG=dorpskracht.db.password}", minPoolSize = 2, maxPoolSize = 20, properties = {
        // A connection is checked with a round trip before it is handed out ("auto-commit" asks no server and passes
        // a dead one), and one broken connection closes them all: after a PostgreSQL restart the pool renews itself.
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
        "fish.payara.fail-all-connections=true",
        // A request waits at most this long for a connection, then fails instead of queueing without end.
        "fish.payara.max-wait-time-in-millis=10000", "fish.payara.statement-timeout-in-seconds=30",
        "ApplicationName=dorpskracht",
        // A server that vanished without closing its sockets must not hold a request or a pool slot for ever.
        "connectTimeout=5", "tcpKeepAlive=true",
        // EclipseLink binds a null UUID as a null varchar; untyped strings let PostgreSQL take the column's type.
        "stringType=unspecified",
        // A batch of inserts travels as multi-row inserts: an import of 10,000 members is mostly inserts.
        "reWriteBatchedInserts=true" })
@ApplicationScoped
public class DataSourceDefinitions {
}

package nl.dorpskracht.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application role's pool, looked up by its global name: {@code @Resource} injection into CDI beans of a library
 * jar is not bound by Payara when the beans run during deployment.
 */
@ApplicationScoped
public class ApplicationDataSource {

    private volatile DataSource dataSource;

    public DataSource get() {
        if (dataSource == null) {
            try {
                dataSource = InitialContext.doLookup(Datasources.APPLICATION);
            } catch (NamingException e) {
                throw new IllegalStateException("The application datasource is not bound", e);
            }
        }
        return dataSource;
    }
}

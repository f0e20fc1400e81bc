package nl.dorpskracht.platform.database;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs the database bootstrap when the web module starts: late enough for {@code java:app} names to be bound (they are
 * not yet when CDI announces the application scope), early enough that no request is served before it is done.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    DatabaseBootstrap bootstrap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        bootstrap.start();
    }
}

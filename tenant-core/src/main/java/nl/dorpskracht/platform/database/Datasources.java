package nl.dorpskracht.platform.database;

/** Names shared by the datasource definition in the deployment and the code that looks it up. */
public final class Datasources {

    public static final String APPLICATION = "java:app/jdbc/dorpskracht";
    public static final String PERSISTENCE_UNIT = "dorpskracht";

    private Datasources() {
    }
}

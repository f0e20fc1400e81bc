package nl.dorpskracht.security.entity;

import java.io.Serializable;
import java.util.Set;

/** Who logged in with the form, kept in the HTTP session (replicated in a cluster, hence serializable). */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

    public static final String ATTRIBUTE = "dorpskracht.caller";
}

package nl.dorpskracht.security.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in with the form, kept in the HTTP session (replicated in a cluster, hence serializable), with the version
 * of the account's credentials at login: once the password changes, or the person signs out everywhere, the version
 * moves on and this session is no longer accepted.
 */
public record SessionCaller(String name, Set<String> groups, long credentialsVersion) implements Serializable {

    public static final String ATTRIBUTE = "dorpskracht.caller";
}

package nl.dorpskracht.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How this instance joins others, read from the environment: without {@value #MEMBERS} one instance alone with no data
 * grid at all; with it, Payara's data grid (Hazelcast) finding exactly the listed members over TCP/IP, never by
 * multicast, bound to one interface.
 */
final class ClusterMode {

    static final String MEMBERS = "DORPSKRACHT_CLUSTER_MEMBERS";
    static final String INTERFACE = "DORPSKRACHT_CLUSTER_INTERFACE";
    static final String PORT = "DORPSKRACHT_CLUSTER_PORT";
    static final String NAME = "DORPSKRACHT_CLUSTER_NAME";
    static final int DEFAULT_PORT = 5900;
    static final String DEFAULT_NAME = "dorpskracht";
    private static final String WEB_SESSION_AVAILABILITY =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled";

    private final List<String> members;
    private final String networkInterface;
    private final int port;
    private final String name;

    private ClusterMode(List<String> members, String networkInterface, int port, String name) {
        this.members = members;
        this.networkInterface = networkInterface;
        this.port = port;
        this.name = name;
    }

    /** @throws IllegalArgumentException with one plain sentence when the settings cannot describe a cluster */
    static ClusterMode from(Map<String, String> environment) {
        String memberList = setting(environment, MEMBERS);
        if (memberList.isEmpty()) {
            return new ClusterMode(List.of(), "", 0, "");
        }
        List<String> members = new ArrayList<>();
        for (String member : memberList.split(",")) {
            members.add(member(member.trim()));
        }
        String networkInterface = setting(environment, INTERFACE);
        if (networkInterface.isEmpty()) {
            throw new IllegalArgumentException(INTERFACE + " is required when " + MEMBERS
                    + " is set (the address of this instance's data grid)");
        }
        String port = setting(environment, PORT);
        String name = setting(environment, NAME);
        return new ClusterMode(List.copyOf(members), networkInterface,
                port.isEmpty() ? DEFAULT_PORT : portNumber(port, PORT + " is not a port number: " + port),
                name.isEmpty() ? DEFAULT_NAME : name);
    }

    boolean clustered() {
        return !members.isEmpty();
    }

    OptionalInt gridPort() {
        return clustered() ? OptionalInt.of(port) : OptionalInt.empty();
    }

    /** Payara Micro's own options for this mode, added to those the instance was started with. */
    List<String> payaraArguments() {
        if (!clustered()) {
            // Payara's --nocluster still starts the grid on port 6900 on every interface: switch the grid off.
            return List.of("--nohazelcast");
        }
        return Arrays.asList("--clustermode", "tcpip:" + String.join(",", members),
                "--interfaces", networkInterface,
                "--startport", String.valueOf(port),
                "--clustername", name,
                // Host-aware partitioning keeps no backup on a member with the same address: two instances on one
                // host would hold every session once, and lose it with the instance.
                "--nohostaware");
    }

    /**
     * Asadmin commands to run before the boot, after those baked into the jar. The jar keeps sessions in memory (alone,
     * a session store in a data grid that is off fails on every request); a cluster keeps them in the grid.
     */
    List<String> preBootCommands() {
        return clustered() ? List.of(WEB_SESSION_AVAILABILITY + "=true") : List.of();
    }

    /**
     * Hazelcast's settings that Payara Micro has no option for, as system properties. Without it the grid listens on
     * every address and the interface only chooses the address it announces.
     */
    Map<String, String> hazelcastProperties() {
        return clustered() ? Map.of("hazelcast.socket.bind.any", "false") : Map.of();
    }

    private static String member(String member) {
        int colon = member.lastIndexOf(':');
        if (colon <= 0 || colon == member.length() - 1) {
            throw new IllegalArgumentException(MEMBERS + " lists a member without host:port: '" + member + "'");
        }
        portNumber(member.substring(colon + 1), MEMBERS + " lists a member whose port is not a number: '" + member
                + "'");
        return member;
    }

    private static int portNumber(String text, String refusal) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalArgumentException(refusal);
    }

    private static String setting(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null ? "" : value.trim();
    }
}

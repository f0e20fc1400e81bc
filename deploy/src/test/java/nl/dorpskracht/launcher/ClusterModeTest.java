package nl.dorpskracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

public class ClusterModeTest {

    @Test
    public void withoutMembersTheDataGridIsOffAndNothingElseChanges() {
        for (Map<String, String> environment : List.of(Map.<String, String> of(), Map.of(ClusterMode.MEMBERS, "  "),
                Map.of(ClusterMode.INTERFACE, "10.0.0.1", ClusterMode.PORT, "5901"))) {
            ClusterMode single = ClusterMode.from(environment);
            assertFalse(single.clustered());
            assertEquals(List.of("--nohazelcast"), single.payaraArguments());
            assertEquals(OptionalInt.empty(), single.gridPort());
            assertEquals(Map.of(), single.hazelcastProperties());
            assertEquals(List.of(), single.preBootCommands(), "the jar's own commands keep sessions in memory");
        }
    }

    @Test
    public void membersTurnOnTcpIpDiscoveryOfExactlyThoseBoundToTheInterface() {
        ClusterMode cluster = ClusterMode.from(Map.of(ClusterMode.MEMBERS, "10.0.0.1:5901, 10.0.0.2:5902",
                ClusterMode.INTERFACE, "10.0.0.1", ClusterMode.PORT, "5901", ClusterMode.NAME, "federatie"));
        assertTrue(cluster.clustered());
        assertEquals(List.of("--clustermode", "tcpip:10.0.0.1:5901,10.0.0.2:5902", "--interfaces", "10.0.0.1",
                "--startport", "5901", "--clustername", "federatie", "--nohostaware"), cluster.payaraArguments());
        assertEquals(OptionalInt.of(5901), cluster.gridPort());
        assertEquals(Map.of("hazelcast.socket.bind.any", "false"), cluster.hazelcastProperties());
        assertEquals(List.of("set configs.config.server-config.availability-service.web-container-availability"
                + ".availability-enabled=true"), cluster.preBootCommands());
    }

    @Test
    public void portAndNameHaveDefaults() {
        ClusterMode cluster = ClusterMode
                .from(Map.of(ClusterMode.MEMBERS, "grid-a:5900,grid-b:5900", ClusterMode.INTERFACE, "192.168.1.7"));
        List<String> arguments = cluster.payaraArguments();
        assertEquals("5900", arguments.get(arguments.indexOf("--startport") + 1));
        assertEquals("dorpskracht", arguments.get(arguments.indexOf("--clustername") + 1));
    }

    @Test
    public void neverMulticast() {
        List<String> arguments = ClusterMode
                .from(Map.of(ClusterMode.MEMBERS, "127.0.0.1:5901", ClusterMode.INTERFACE, "127.0.0.1"))
                .payaraArguments();
        assertTrue(arguments.get(arguments.indexOf("--clustermode") + 1).startsWith("tcpip:"));
        assertFalse(arguments.contains("--mcaddress"));
        assertFalse(arguments.contains("--mcport"));
    }

    @Test
    public void aMemberWithoutPortIsRefused() {
        assertRefused("DORPSKRACHT_CLUSTER_MEMBERS lists a member without host:port: '10.0.0.2'",
                Map.of(ClusterMode.MEMBERS, "10.0.0.1:5900,10.0.0.2", ClusterMode.INTERFACE, "10.0.0.1"));
        assertRefused("DORPSKRACHT_CLUSTER_MEMBERS lists a member without host:port: '10.0.0.2:'",
                Map.of(ClusterMode.MEMBERS, "10.0.0.2:", ClusterMode.INTERFACE, "10.0.0.1"));
        assertRefused("DORPSKRACHT_CLUSTER_MEMBERS lists a member without host:port: ''",
                Map.of(ClusterMode.MEMBERS, "10.0.0.1:5900,,10.0.0.2:5900", ClusterMode.INTERFACE, "10.0.0.1"));
        assertRefused("DORPSKRACHT_CLUSTER_MEMBERS lists a member whose port is not a number: '10.0.0.2:grid'",
                Map.of(ClusterMode.MEMBERS, "10.0.0.2:grid", ClusterMode.INTERFACE, "10.0.0.1"));
    }

    @Test
    public void theInterfaceIsRequired() {
        assertRefused("DORPSKRACHT_CLUSTER_INTERFACE is required when DORPSKRACHT_CLUSTER_MEMBERS is set"
                + " (the address of this instance's data grid)", Map.of(ClusterMode.MEMBERS, "10.0.0.1:5900"));
    }

    @Test
    public void aPortThatIsNoPortIsRefused() {
        for (String port : List.of("grid", "0", "70000", "59 00")) {
            assertRefused("DORPSKRACHT_CLUSTER_PORT is not a port number: " + port, Map.of(ClusterMode.MEMBERS,
                    "10.0.0.1:5900", ClusterMode.INTERFACE, "10.0.0.1", ClusterMode.PORT, port));
        }
    }

    private static void assertRefused(String refusal, Map<String, String> environment) {
        assertEquals(refusal,
                assertThrows(IllegalArgumentException.class, () -> ClusterMode.from(environment)).getMessage());
    }
}

package nl.dorpskracht.system.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The IPv4 and IPv6 addresses on which this machine listens on a TCP port, from the kernel's socket tables. */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static List<String> addressesListeningOn(int port) {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 3 && LISTEN.equals(columns[3]) && columns[1].contains(":")) {
                        String[] local = columns[1].split(":");
                        if (Integer.parseInt(local[1], 16) == port) {
                            addresses.add(address(local[0]));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return addresses;
    }

    /** The kernel writes each 32-bit word of the address in the machine's (little-endian) byte order. */
    private static String address(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

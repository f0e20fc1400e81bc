package nl.dorpskracht.system.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An API call from another loopback address (127.0.0.2, …), as a second machine would make it. Java's HttpClient cannot
 * choose its local address, so this speaks HTTP/1.1 over a plain socket; the server does not trust
 * {@code X-Forwarded-For}, so binding the socket is the only honest way to be someone else.
 */
public final class FromAddress {

    private FromAddress() {
    }

    public static Api.Reply get(String localAddress, RunningDorpskracht server, String path, String user,
            String password) {
        java.net.URI target = server.uri(path);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nAuthorization: Basic " + token + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " from " + localAddress + " failed", e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Status and headers; the body only as far as the tests read it (a problem's code), chunks left in. */
    private static Api.Reply parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    name -> new java.util.ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        String body = response.substring(end + 4);
        int json = body.indexOf('{');
        int last = body.lastIndexOf('}');
        String content = json >= 0 && last > json ? body.substring(json, last + 1) : body;
        return new Api.Reply(status, headers.getOrDefault("content-type", List.of("")).get(0), content, headers);
    }
}

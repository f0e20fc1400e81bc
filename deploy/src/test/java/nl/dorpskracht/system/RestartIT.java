package nl.dorpskracht.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data in the data directory: a restart loses nothing and seeds nothing twice. */
class RestartIT {

    @Test
    void aRestartOnTheSameDataDirectoryKeepsEverythingAndSeedsNoDuplicates() {
        Path work = RunningDorpskracht.newWorkDirectory();
        RunningDorpskracht first = RunningDorpskracht.start(work, Map.of());
        String id;
        int totalBefore;
        try {
            Api admin = Api.of(first, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
            Api.Reply created = admin.postJson("/api/v1/ovkk/members",
                    Json.createObjectBuilder().add("name", "Dorpsraad Herstart").add("type", "DORPSRAAD")
                            .add("municipality", "Dalfsen").build().toString());
            assertEquals(201, created.status(), created.body());
            id = created.json().getString("id");
            totalBefore = admin.get("/api/v1/ovkk/members?size=1").json().getInt("total");
        } finally {
            first.stop();
        }

        RunningDorpskracht second = RunningDorpskracht.start(work, Map.of());
        try {
            Api admin = Api.of(second, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
            Api.Reply read = admin.get("/api/v1/ovkk/members/" + id);
            assertEquals(200, read.status(), read.body());
            assertEquals("Dorpsraad Herstart", read.json().getString("name"));
            assertEquals(totalBefore, admin.get("/api/v1/ovkk/members?size=1").json().getInt("total"),
                    "demo members are not seeded a second time");
            registeringWithoutAnSmtpHostLogsOneLineWithoutPersonalData(second);
        } finally {
            second.stop();
        }
    }

    /** This instance has no SMTP host: the registration works, the mail is a log line naming only the registration. */
    private static void registeringWithoutAnSmtpHostLogsOneLineWithoutPersonalData(RunningDorpskracht server) {
        String event = Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .postJson("/api/v1/zhvkk/events",
                        "{\"type\":\"OPPE_KOFFIE\",\"title\":\"Koffie zonder mail\","
                                + "\"startsAt\":\"2030-05-01T10:00\",\"endsAt\":\"2030-05-01T12:00\","
                                + "\"location\":\"Dorpshuis\",\"status\":\"PUBLISHED\"}")
                .json().getString("id");
        Api.Reply registered = Api.of(server, "member@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .postJson("/api/v1/zhvkk/events/" + event + "/registrations", "{\"consentToShare\":false}");
        assertEquals(201, registered.status(), registered.body());
        String expected = "Mail CONFIRMATION for registration " + registered.json().getString("id")
                + " not sent: no SMTP host configured";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!read(server.log()).contains(expected)) {
            assertTrue(System.nanoTime() < deadline, "logged: " + expected);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertFalse(read(server.log()).contains("member@zhvkk.demo"), "no address in the log");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

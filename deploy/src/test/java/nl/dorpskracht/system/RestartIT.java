package nl.dorpskracht.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.nio.file.Path;
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
        } finally {
            second.stop();
        }
    }
}

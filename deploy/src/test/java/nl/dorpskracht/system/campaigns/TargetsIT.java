package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Letters;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The target list: seeded once per tenant with the councils of its province from the CBS register, then the admin's to
 * add to, correct and prune; names unique per kind, a target in use stays, bad input is a 422 that names the fields.
 */
public class TargetsIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static final Path FILE = Path.of("..", "tenant-core", "src", "main", "resources", "municipalities",
            "gemeenten-2025.csv");

    @Test
    public void everyTenantHasTheCouncilsOfItsProvinceAndItsProvincialeStatenFromTheFile() {
        Map<String, List<String>> file = municipalitiesByProvince();
        assertEquals(31, file.get("Limburg").size());
        assertEquals(50, file.get("Zuid-Holland").size());
        assertEquals(25, file.get("Overijssel").size());
        assertTrue(file.get("Limburg").containsAll(List.of("Bergen (L.)", "Horst aan de Maas", "Eijsden-Margraten")));
        assertTrue(file.get("Zuid-Holland").containsAll(List.of("Voorne aan Zee", "'s-Gravenhage", "Molenlanden")));

        assertSeeded("vkkl", file.get("Limburg"), List.of("Limburg"));
        assertSeeded("zhvkk", file.get("Zuid-Holland"), List.of("Zuid-Holland"));
        assertSeeded("ovkk", file.get("Overijssel"), List.of("Overijssel"));
        List<String> all = new ArrayList<>();
        file.values().forEach(all::addAll);
        assertEquals(342, all.size());
        assertEquals(12, file.size());
        assertSeeded("lvkk", all, List.copyOf(file.keySet()));

        JsonObject venlo = seeded("vkkl").stream().filter(t -> t.getString("name").equals("Gemeenteraad van Venlo"))
                .findFirst().orElseThrow();
        assertEquals("MUNICIPAL_COUNCIL", venlo.getString("kind"));
        assertEquals("Venlo", venlo.getString("municipality"));
        assertEquals("Limburg", venlo.getString("province"));
        assertEquals("GM0983", venlo.getString("municipalityCode"));
        assertEquals(Letters.SOURCE, venlo.getString("source"));
        assertEquals("32", Database.single("select targets from target_list_seed where tenant_id = 'vkkl'"));
    }

    @Test
    public void theListIsSortedByKindThenNameAndFilteredByKind() {
        Api admin = Api.as("admin@ovkk.demo");
        create(admin, "ovkk", body("POLITICAL_PARTY", "Aaa Partij " + RUN, null));
        JsonArray list = admin.get(Letters.targetsPath("ovkk")).structure().asJsonArray();
        List<String> kinds = list.getValuesAs(JsonObject.class).stream().map(t -> t.getString("kind")).toList();
        List<String> order = List.of("MUNICIPAL_COUNCIL", "POLITICAL_PARTY", "PROVINCE", "OTHER");
        for (int i = 1; i < kinds.size(); i++) {
            assertTrue(order.indexOf(kinds.get(i - 1)) <= order.indexOf(kinds.get(i)), kinds.toString());
        }
        List<String> councils = names(admin.get(Letters.targetsPath("ovkk") + "?kind=MUNICIPAL_COUNCIL"));
        assertEquals(councils.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), councils);
        assertEquals("Gemeenteraad van Almelo", councils.get(0));
        assertEquals(List.of("Provinciale Staten van Overijssel"),
                names(admin.get(Letters.targetsPath("ovkk") + "?kind=province")));
        Api.Reply bad = admin.get(Letters.targetsPath("ovkk") + "?kind=GEMEENTE");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("INVALID_PARAMETER", bad.code());
    }

    @Test
    public void anAdminCreatesReadsUpdatesAndDeletesATargetAndEveryWriteIsAudited() {
        Api admin = Api.as("admin@zhvkk.demo");
        String path = Letters.targetsPath("zhvkk");
        JsonObject created = create(admin, "zhvkk", body("POLITICAL_PARTY", "Dorpenpartij " + RUN, null)
                .add("email", " Fractie@Dorpenpartij.Demo ").add("address", "Postbus 1\n2800 AA Gouda"));
        String id = created.getString("id");
        assertEquals("fractie@dorpenpartij.demo", created.getString("email"));
        assertFalse(created.containsKey("source"), "an admin's own entry has no source");
        assertEquals(1, created.getInt("version"));

        Api.Reply read = admin.get(path + "/" + id);
        assertEquals(200, read.status(), read.body());
        assertEquals("Postbus 1\n2800 AA Gouda", read.json().getString("address"));

        Api.Reply updated = admin.putJson(path + "/" + id, body("POLITICAL_PARTY", "Dorpenpartij Zuid " + RUN, null)
                .add("province", "Zuid-Holland").add("version", 1).build().toString());
        assertEquals(200, updated.status(), updated.body());
        assertEquals(2, updated.json().getInt("version"));
        assertEquals("Dorpenpartij Zuid " + RUN, updated.json().getString("name"));
        assertFalse(updated.json().containsKey("email"), "PUT replaces: no e-mail given, none kept");

        Api.Reply stale = admin.putJson(path + "/" + id,
                body("POLITICAL_PARTY", "Oud " + RUN, null).add("version", 1).build().toString());
        assertEquals(409, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.code());

        Api.Reply deleted = admin.delete(path + "/" + id);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("TARGET_NOT_FOUND", admin.get(path + "/" + id).code());
        assertEquals(404, admin.delete(path + "/" + id).status());

        assertEquals(List.of("CREATE|admin@zhvkk.demo", "UPDATE|admin@zhvkk.demo", "DELETE|admin@zhvkk.demo"),
                Database.rows("select action, actor from audit_entry where tenant_id = 'zhvkk'"
                        + " and entity_type = 'CampaignTarget' and entity_id = ? order by occurred_at", id));
    }

    @Test
    public void aNameIsUniquePerKindWhateverItsCase() {
        Api admin = Api.as("admin@vkkl.demo");
        String path = Letters.targetsPath("vkkl");
        create(admin, "vkkl", body("OTHER", "Spirato " + RUN, null));
        Api.Reply twice = admin.postJson(path, body("other", "SPIRATO " + RUN, null).build().toString());
        assertEquals(409, twice.status(), twice.body());
        assertEquals("TARGET_DUPLICATE", twice.code());
        Api.Reply council = admin.postJson(path,
                body("MUNICIPAL_COUNCIL", "gemeenteraad van venlo", "Venlo").build().toString());
        assertEquals("TARGET_DUPLICATE", council.code(), "the seeded council is there already");
        JsonObject party = create(admin, "vkkl", body("POLITICAL_PARTY", "Spirato " + RUN, null));
        Api.Reply renamed = admin.putJson(path + "/" + party.getString("id"),
                body("OTHER", "spirato " + RUN, null).add("version", 1).build().toString());
        assertEquals(409, renamed.status(), renamed.body());
        assertEquals("TARGET_DUPLICATE", renamed.code());
    }

    @Test
    public void aTargetACampaignWritesToCannotBeDeleted() {
        Api admin = Api.as("admin@vkkl.demo");
        JsonObject target = create(admin, "vkkl", body("POLITICAL_PARTY", "Partij in gebruik " + RUN, null));
        String campaign = Letters.campaign("vkkl", "Coalitieprogramma " + RUN, false, "DRAFT");
        Letters.address("vkkl", campaign, target.getString("id"));
        Api.Reply deleted = admin.delete(Letters.targetsPath("vkkl") + "/" + target.getString("id"));
        assertEquals(409, deleted.status(), deleted.body());
        assertEquals("TARGET_IN_USE", deleted.code());
        assertEquals(200, admin.get(Letters.targetsPath("vkkl") + "/" + target.getString("id")).status());
    }

    @Test
    public void badInputIsA422NamingEveryFieldNeverA500() {
        Api admin = Api.as("admin@ovkk.demo");
        String path = Letters.targetsPath("ovkk");
        assertFields(admin.postJson(path, "{}"), "kind", "name");
        assertFields(
                admin.postJson(path,
                        body("MUNICIPAL_COUNCIL", "Gemeenteraad van Nergens " + RUN, null).build().toString()),
                "municipality");
        assertFields(admin.postJson(path, body("GEMEENTE", " ", null).add("email", "geen-adres").build().toString()),
                "kind", "name", "email");
        assertFields(admin.postJson(path, body("OTHER", "x".repeat(201), null).add("address", "y".repeat(501))
                .add("province", "z".repeat(101)).build().toString()), "name", "address", "province");
        JsonObject target = create(admin, "ovkk", body("OTHER", "Provincie Overijssel, gedeputeerde " + RUN, null));
        assertFields(admin.putJson(path + "/" + target.getString("id"), body("OTHER", "", null).build().toString()),
                "name", "version");
        Api.Reply broken = admin.postJson(path, "{\"kind\":");
        assertEquals(400, broken.status(), broken.body());
        Api.Reply noBody = admin.send("POST", path, "application/json", "", Map.of());
        assertTrue(noBody.status() == 400 || noBody.status() == 422, noBody.body());
        Api.Reply wrongType = admin.putJson(path + "/" + target.getString("id"),
                "{\"kind\":\"OTHER\",\"name\":\"X\",\"version\":\"een\"}");
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("TARGET_NOT_FOUND", admin.get(path + "/geen-uuid").code());
        assertEquals("TARGET_NOT_FOUND", admin.get(path + "/" + java.util.UUID.randomUUID()).code());
        assertEquals("0", Database.single("select count(*) from campaign_target where name like 'Gemeenteraad van"
                + " Nergens%' or name like 'xxxxxxxx%'"));
    }

    @Test
    public void onlyTheTenantsAdminsWorkOnItsList() {
        assertEquals(403, Api.as("member@vkkl.demo").get(Letters.targetsPath("vkkl")).status());
        assertEquals(403, Api.as("national@lvkk.demo").get(Letters.targetsPath("lvkk")).status());
        assertEquals(401, Api.anonymous().get(Letters.targetsPath("vkkl")).status());
        assertEquals(403, Api.as("ambassadeur@vkkl.demo")
                .postJson(Letters.targetsPath("vkkl"), body("OTHER", "Ambassadeur " + RUN, null).build().toString())
                .status());
    }

    @Test
    public void aRestartDoesNotBringBackASeededTargetTheAdminDeleted() {
        Path work = RunningDorpskracht.newWorkDirectory();
        RunningDorpskracht first = RunningDorpskracht.start(work, Map.of());
        String ommen;
        try {
            Api admin = Api.of(first, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
            JsonObject target = admin.get(Letters.targetsPath("ovkk") + "?kind=MUNICIPAL_COUNCIL").structure()
                    .asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("name").equals("Gemeenteraad van Ommen")).findFirst().orElseThrow();
            ommen = target.getString("id");
            assertEquals(204, admin.delete(Letters.targetsPath("ovkk") + "/" + ommen).status());
        } finally {
            first.stop();
        }
        RunningDorpskracht second = RunningDorpskracht.start(work, Map.of());
        try {
            Api admin = Api.of(second, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
            List<String> councils = names(admin.get(Letters.targetsPath("ovkk") + "?kind=MUNICIPAL_COUNCIL"));
            assertEquals(24, councils.size(), councils.toString());
            assertFalse(councils.contains("Gemeenteraad van Ommen"));
            assertEquals(404, admin.get(Letters.targetsPath("ovkk") + "/" + ommen).status());
            assertEquals(342 + 12, Api.of(second, "admin@lvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                    .get(Letters.targetsPath("lvkk")).structure().asJsonArray().size(), "nothing seeded twice");
        } finally {
            second.stop();
        }
    }

    private static void assertSeeded(String tenant, List<String> municipalities, List<String> provinces) {
        List<JsonObject> seeded = seeded(tenant);
        Set<String> expected = new TreeSet<>();
        municipalities.forEach(m -> expected.add("MUNICIPAL_COUNCIL|Gemeenteraad van " + m + "|" + m));
        provinces.forEach(p -> expected.add("PROVINCE|Provinciale Staten van " + p + "|"));
        Set<String> actual = seeded.stream()
                .map(t -> t.getString("kind") + "|" + t.getString("name") + "|" + t.getString("municipality", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, tenant);
        assertEquals(municipalities.size() + provinces.size(), seeded.size(), tenant + ": nothing twice");
    }

    /** The entries of the tenant's list that came from the file (an admin's own have no source). */
    private static List<JsonObject> seeded(String tenant) {
        Api.Reply list = Api.as("admin@" + tenant + ".demo").get(Letters.targetsPath(tenant));
        assertEquals(200, list.status(), list.body());
        return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.get("source") != null && t.get("source").getValueType() == JsonValue.ValueType.STRING
                        && t.getString("source").equals(Letters.SOURCE))
                .toList();
    }

    private static Map<String, List<String>> municipalitiesByProvince() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank() && !line.startsWith("cbs_code;"))
                    .map(line -> line.split(";", -1)).collect(Collectors.groupingBy(cells -> cells[3],
                            Collectors.mapping(cells -> cells[1], Collectors.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(t -> t.getString("name"))
                .toList();
    }

    public static JsonObjectBuilder body(String kind, String name, String municipality) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("kind", kind).add("name", name);
        if (municipality != null) {
            body.add("municipality", municipality);
        }
        return body;
    }

    public static JsonObject create(Api admin, String tenant, JsonObjectBuilder body) {
        Api.Reply created = admin.postJson(Letters.targetsPath(tenant), body.build().toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.headers().get("location").get(0).endsWith(created.json().getString("id")));
        return created.json();
    }

    private static void assertFields(Api.Reply reply, String... fields) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals("VALIDATION_FAILED", reply.code());
        Set<String> named = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of(fields)), named, reply.body());
    }
}

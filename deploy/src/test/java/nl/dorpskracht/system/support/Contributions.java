package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Arranging contributions through the API for tests: plans, members on them, runs awaited to the end. */
public final class Contributions {

    public static final int THIS_YEAR = LocalDate.now().getYear();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Contributions() {
    }

    public static String base(String tenant) {
        return "/api/v1/" + tenant + "/contributions";
    }

    public static String admin(String tenant) {
        return "admin@" + tenant + ".demo";
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A plan; tiers as pairs {fromInhabitants, amountCents}. */
    public static JsonObject plan(String tenant, String name, String kind, long amountCents, long[]... tiers) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (long[] tier : tiers) {
            list.add(Json.createObjectBuilder().add("fromInhabitants", tier[0]).add("amountCents", tier[1]));
        }
        String body = Json.createObjectBuilder().add("name", name).add("kind", kind).add("amountCents", amountCents)
                .add("tiers", list).build().toString();
        Api.Reply reply = Api.as(admin(tenant)).postJson(base(tenant) + "/plans", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** A member with a unique name; municipality and inhabitants as given (inhabitants may be null). */
    public static JsonObject member(String tenant, String name, String municipality, Integer inhabitants) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name + " " + unique()).add("type", "DORPSRAAD")
                .add("municipality", municipality).add("place", "Testkern").add("street", "Dorpsstraat 1")
                .add("postalCode", "1234 AB");
        if (inhabitants != null) {
            body.add("inhabitants", inhabitants);
        }
        Api.Reply reply = Api.as(admin(tenant)).postJson("/api/v1/" + tenant + "/members", body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static void assign(String tenant, JsonObject member, JsonObject plan, String payer) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("planId", plan.getString("id"));
        if (payer != null) {
            body.add("payer", payer);
        }
        Api.Reply reply = Api.as(admin(tenant)).putJson(base(tenant) + "/members/" + member.getString("id"),
                body.build().toString());
        assertEquals(200, reply.status(), reply.body());
    }

    public static Api.Reply start(String tenant, int year) {
        return Api.as(admin(tenant)).postJson(base(tenant) + "/runs", "{\"year\":" + year + "}");
    }

    /** Starts a run and waits until it is no longer running; returns the finished run. */
    public static JsonObject run(String tenant, int year) {
        Api.Reply started = start(tenant, year);
        assertEquals(202, started.status(), started.body());
        return await(tenant, started.json().getString("id"));
    }

    public static JsonObject await(String tenant, String runId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply reply = Api.as(admin(tenant)).get(base(tenant) + "/runs/" + runId);
            assertEquals(200, reply.status(), reply.body());
            if (!"RUNNING".equals(reply.json().getString("status"))) {
                assertEquals("DONE", reply.json().getString("status"), reply.body());
                return reply.json();
            }
            sleep(200);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    /** Every invoice of a year, through the paged list. */
    public static List<JsonObject> invoices(String tenant, int year) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0;; page++) {
            Api.Reply reply = Api.as(admin(tenant))
                    .get(base(tenant) + "/invoices?size=100&year=" + year + "&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            var items = reply.json().getJsonArray("items");
            items.forEach(item -> all.add(item.asJsonObject()));
            if (items.size() < 100) {
                return all;
            }
        }
    }

    public static JsonObject invoiceOf(String tenant, int year, String payerName) {
        Api.Reply reply = Api.as(admin(tenant)).get(base(tenant) + "/invoices?year=" + year + "&q="
                + java.net.URLEncoder.encode(payerName, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().getInt("total"), reply.body());
        return reply.json().getJsonArray("items").getJsonObject(0);
    }

    public record Binary(int status, String contentType, byte[] body) {
    }

    public static Binary bytes(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningDorpskracht.get().uri(path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A write as the database superuser, for arranging what the API cannot (an invoice past its due date). */
    public static int execute(String sql, Object... parameters) {
        return Database.execute(sql, parameters);
    }

    /** Everything stored about contributions for these tenants, in a stable order. */
    public static List<String> snapshot(String... tenants) {
        List<String> all = new ArrayList<>();
        for (String tenant : tenants) {
            for (String table : List.of("contribution_plan", "contribution_tier", "member_contribution",
                    "contribution_run", "invoice_counter", "invoice", "invoice_line", "payment", "sepa_creditor",
                    "sepa_mandate", "mandate_collection")) {
                all.addAll(Database.rows(
                        "select '" + table + "', t::text from " + table + " t where tenant_id = ? order by t::text",
                        tenant));
            }
        }
        return all;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

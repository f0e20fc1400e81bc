package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import static nl.dorpskracht.system.crosstenant.CrossTenantMatrix.ATTACKER;
import static nl.dorpskracht.system.crosstenant.CrossTenantMatrix.VICTIM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dorpskracht.system.crosstenant.CrossTenantMatrix.Case;
import nl.dorpskracht.system.crosstenant.CrossTenantMatrix.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@link CrossTenantMatrix} against the running jar: every operation of {@code /openapi} has a case or a reason;
 * every case is attacked across tenants and by the roles it does not admit, each denial with the expected code and no
 * victim data, and then its owner twin succeeds. Writes the size of the matrix to
 * {@code target/cross-tenant-matrix.txt}.
 */
public class CrossTenantMatrixIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final CrossTenantWorld WORLD = new CrossTenantWorld();
    /** kind | operation | caller: each attempt once, so the counts hold no duplicates. */
    private static final Set<String> ATTEMPTS = ConcurrentHashMap.newKeySet();
    private static final Set<String> TWINS = ConcurrentHashMap.newKeySet();
    private static final Map<Case, Map<String, String>> RESOLVED = new HashMap<>();
    private static Set<String> documented = Set.of();

    @BeforeAll
    public static void arrange() {
        documented = openApiOperations();
        WORLD.arrange();
    }

    @Test
    public void everyOperationOfTheOpenApiHasACrossTenantCaseOrAReasonWhyNot() {
        Set<String> cased = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (Case matrixCase : CrossTenantMatrix.CASES) {
            if (!cased.add(matrixCase.operation())) {
                twice.add(matrixCase.operation());
            }
        }
        assertEquals(List.of(), twice, "one case per operation in CrossTenantMatrix.CASES");
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(cased);
        missing.removeAll(CrossTenantMatrix.NOT_TENANT_SCOPED.keySet());
        assertTrue(missing.isEmpty(),
                "These operations have no cross-tenant case. Add to CrossTenantMatrix.CASES, e.g.\n"
                        + missing.stream()
                                .map(operation -> "    at(\"" + operation.replace(" ", "\", \"") + "\")"
                                        + ".with(\"id\", w -> w.fresh...()).notFound(\"..._NOT_FOUND\"),")
                                .collect(Collectors.joining("\n"))
                        + "\nor, if the operation is deliberately not tenant-scoped, add it to"
                        + " CrossTenantMatrix.NOT_TENANT_SCOPED with the reason.");
        Set<String> stale = new TreeSet<>(cased);
        stale.addAll(CrossTenantMatrix.NOT_TENANT_SCOPED.keySet());
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "In CrossTenantMatrix but not in /openapi (renamed or removed?): " + stale);
    }

    @Test
    public void everyCaseThatNamesAnIdNamesTheResourcesOwnNotFoundCode() {
        for (Case matrixCase : CrossTenantMatrix.CASES) {
            if (matrixCase.namesAnId()) {
                assertNotNull(matrixCase.notFound, matrixCase.operation());
                assertFalse(matrixCase.notFound.equals("NOT_FOUND"),
                        matrixCase.operation() + ": the generic NOT_FOUND is what an unmatched route answers");
            }
        }
    }

    @TestFactory
    public Stream<DynamicNode> everyCaseIsDeniedAcrossTenantsAndToRolesItDoesNotAdmitAndItsOwnerTwinSucceeds() {
        return CrossTenantMatrix.CASES.stream()
                .map(matrixCase -> dynamicContainer(matrixCase.operation(), attempts(matrixCase).stream()));
    }

    private static List<DynamicNode> attempts(Case matrixCase) {
        List<DynamicNode> tests = new ArrayList<>();
        for (String caller : CrossTenantMatrix.OTHER_TENANTS) {
            tests.add(dynamicTest(caller + " on the victim's path", () -> {
                Api.Reply reply = send(matrixCase, Api.as(caller), VICTIM, false);
                denied(reply, 404, "TENANT_NOT_FOUND");
                count(Kind.OTHER_TENANTS_CALLER_ON_VICTIM_PATH, matrixCase, caller);
            }));
        }
        if (matrixCase.namesAnId()) {
            tests.add(dynamicTest(matrixCase.attacker() + " with the victim's ids through the own path", () -> {
                Api.Reply reply = send(matrixCase, Api.as(matrixCase.attacker()), ATTACKER, false);
                denied(reply, 404, matrixCase.notFound);
                count(Kind.VICTIM_ID_THROUGH_OWN_PATH, matrixCase, matrixCase.attacker());
            }));
        }
        tests.add(
                dynamicTest(matrixCase.attacker() + " with the victim tenant forged in header, query and body", () -> {
                    Api.Reply reply = send(matrixCase, Api.as(matrixCase.attacker()), ATTACKER, true);
                    if (matrixCase.namesAnId()) {
                        denied(reply, 404, matrixCase.notFound);
                    } else {
                        assertTrue(reply.status() / 100 == 2,
                                "the attacker's own tenant answers: " + reply.status() + " " + reply.body());
                        noVictimData(reply);
                    }
                    count(Kind.TENANT_FORGED_IN_HEADER_QUERY_BODY, matrixCase, matrixCase.attacker());
                }));
        tests.add(dynamicTest("anonymous on the victim's path", () -> {
            denied(send(matrixCase, Api.anonymous(), VICTIM, false), 401, "NOT_AUTHENTICATED");
            count(Kind.ANONYMOUS, matrixCase, "anonymous");
        }));
        for (String caller : matrixCase.roleChecks()) {
            tests.add(dynamicTest(caller + " (a role not admitted) on the victim's path", () -> {
                denied(send(matrixCase, Api.as(caller), VICTIM, false), 403, "FORBIDDEN");
                count(Kind.ROLE_NOT_ADMITTED, matrixCase, caller);
            }));
        }
        tests.add(dynamicTest("owner twin: " + matrixCase.owner + " succeeds with the same request", () -> {
            Api.Reply reply = send(matrixCase, Api.as(matrixCase.owner), VICTIM, false);
            assertTrue(reply.status() / 100 == 2, "the owner's own request must succeed, or the denials above prove"
                    + " nothing: " + reply.status() + " " + reply.body());
            if (matrixCase.shows != null) {
                String secret = matrixCase.shows.apply(resolved(matrixCase));
                assertTrue(reply.body().contains(secret), "the owner sees " + secret + ": " + reply.body());
            }
            TWINS.add(matrixCase.operation());
        }));
        return tests;
    }

    private static synchronized Map<String, String> resolved(Case matrixCase) {
        return RESOLVED.computeIfAbsent(matrixCase, c -> c.resolve(WORLD));
    }

    private static Api.Reply send(Case matrixCase, Api api, String tenant, boolean forged) {
        Map<String, String> values = resolved(matrixCase);
        String path = matrixCase.path(tenant, values);
        String body = matrixCase.body(values);
        Map<String, String> headers = Map.of();
        if (forged) {
            path += (path.contains("?") ? "&" : "?") + "tenant=" + VICTIM + "&tenantId=" + VICTIM;
            headers = Map.of("X-Tenant", VICTIM, "X-Tenant-Id", VICTIM);
            if (body != null && body.startsWith("{")) {
                body = "{\"tenant\":\"" + VICTIM + "\",\"tenantId\":\"" + VICTIM + "\","
                        + (body.equals("{}") ? "" : body.substring(1, body.length() - 1) + ",") + "\"tenant_id\":\""
                        + VICTIM + "\"}";
            }
        }
        return api.send(matrixCase.method, path, body == null ? null : matrixCase.contentType, body, headers);
    }

    /** Denied by the expected code: a generic NOT_FOUND (an unmatched route) never counts as a denial. */
    public static void denied(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.contentType());
        assertEquals(code, reply.code(), reply.body());
        noVictimData(reply);
    }

    private static void noVictimData(Api.Reply reply) {
        for (String secret : WORLD.secrets()) {
            assertFalse(reply.body().contains(secret), secret + " leaked: " + reply.body());
        }
    }

    private static void count(Kind kind, Case matrixCase, String caller) {
        ATTEMPTS.add(kind + "|" + matrixCase.operation() + "|" + caller);
    }

    private static Set<String> openApiOperations() {
        Api.Reply reply = Api.anonymous().send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject paths = reply.json().getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        return operations;
    }

    @AfterAll
    public static void writeTheSizeOfTheMatrix() throws IOException {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Set<String> callers = new LinkedHashSet<>();
        Set<String> operations = new TreeSet<>();
        for (String attempt : ATTEMPTS) {
            String[] parts = attempt.split("\\|");
            perKind.merge(Kind.valueOf(parts[0]), 1, Integer::sum);
            operations.add(parts[1]);
            callers.add(parts[2]);
        }
        callers.addAll(CrossTenantMatrix.CASES.stream().map(c -> c.owner).toList());
        Set<String> tenants = callers.stream().filter(caller -> caller.contains("@"))
                .map(caller -> caller.substring(caller.indexOf('@') + 1, caller.indexOf(".demo")))
                .collect(Collectors.toCollection(TreeSet::new));
        int crossings = perKind.entrySet().stream().filter(e -> e.getKey().crossesTenant).mapToInt(Map.Entry::getValue)
                .sum();
        int roleChecks = perKind.entrySet().stream().filter(e -> !e.getKey().crossesTenant)
                .mapToInt(Map.Entry::getValue).sum();
        StringBuilder summary = new StringBuilder("Cross-tenant matrix (CrossTenantMatrixIT)\n");
        summary.append("operations in /openapi: ").append(documented.size()).append('\n');
        summary.append("operations with a case: ").append(CrossTenantMatrix.CASES.size()).append(", attacked: ")
                .append(operations.size()).append(", owner twins passed: ").append(TWINS.size()).append('\n');
        summary.append("operations not tenant-scoped (with reason): ")
                .append(CrossTenantMatrix.NOT_TENANT_SCOPED.size()).append('\n');
        summary.append("callers: ").append(callers.size()).append(' ').append(callers).append('\n');
        summary.append("tenants: ").append(tenants.size()).append(' ').append(tenants).append('\n');
        summary.append("matrix size (endpoints x callers x tenants): ").append(CrossTenantMatrix.CASES.size())
                .append(" x ").append(callers.size()).append(" x ").append(tenants.size()).append('\n');
        summary.append("tenant-crossing attempts (distinct): ").append(crossings).append('\n');
        summary.append("role checks (distinct, apart from crossings): ").append(roleChecks).append('\n');
        perKind.forEach((kind, n) -> summary.append("  ").append(kind).append(": ").append(n).append('\n'));
        System.out.println(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target) && !ATTEMPTS.isEmpty()) {
            Files.writeString(target.resolve("cross-tenant-matrix.txt"), summary);
        }
    }
}

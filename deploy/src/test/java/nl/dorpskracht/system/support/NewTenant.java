package nl.dorpskracht.system.support;

import java.time.Duration;
import java.util.UUID;

/**
 * A provincial association of its own for a test that must control who administers it (the last-administrator rule),
 * added as data (the platform console will do the same), with {@code admin@ovkk.demo} as its first administrator.
 */
public final class NewTenant {

    private NewTenant() {
    }

    public static String create(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Database.execute("insert into tenant (code, name, kind) values (?, ?, 'PROVINCIAL')", code,
                "Testvereniging " + code);
        Database.execute("insert into account_grant (tenant_id, account_id, role)"
                + " select ?, id, 'TENANT_ADMIN' from account where email = 'admin@ovkk.demo'", code);
        // the registry re-reads the tenant table for an unknown code at most every few seconds
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Api.as("admin@ovkk.demo").get("/api/v1/" + code + "/access").status() != 200) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the new tenant is not served: " + code);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return code;
    }
}

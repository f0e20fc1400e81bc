package nl.dorpskracht.system.support;

import java.util.UUID;

/** Initiatives of the Projectenbank and help requests written straight into the database, for figures and pages. */
public final class ProjectRows {

    /** Visibility of an initiative seen by the own association only, and by every association. */
    public static final String OWN = "OWN";
    public static final String SHARED = "ALL";

    private ProjectRows() {
    }

    /** {@code count} draft initiatives titled {@code prefix 1 … prefix n}, each with the one theme. */
    public static void insert(String tenant, String prefix, int count, String theme) {
        Database.execute(
                "insert into initiative (tenant_id, id, title, themes) select ?, gen_random_uuid(),"
                        + " ? || ' ' || n, array[?]::text[] from generate_series(1, ?) n",
                tenant, prefix, theme, count);
    }

    /** One initiative, published with the visibility given (or a draft when {@code published} is false); its id. */
    public static String one(String tenant, String title, String visibility, boolean published) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into initiative (tenant_id, id, title, themes) values (?, ?::uuid, ?,"
                + " array['ontmoeting'])", tenant, id, title);
        Database.execute(
                "update initiative set visibility = ?, status = ?, updated_at = now()"
                        + " where tenant_id = ? and id = ?::uuid",
                visibility, published ? "PUBLISHED" : "DRAFT", tenant, id);
        return id;
    }

    /** A help request of a (new) member organisation of the tenant, open or closed; its id. */
    public static String request(String tenant, String title, String status) {
        String member = Campaigns.member(tenant, "Vragende dorpsraad " + UUID.randomUUID().toString().substring(0, 6),
                "Dorp", "ACTIVE");
        String id = UUID.randomUUID().toString();
        Database.execute("insert into help_request (tenant_id, id, member_id, organisation_name, title, skills,"
                + " place, status, created_by) values (?, ?::uuid, ?::uuid, 'Dorpsraad', ?, array['juridisch'],"
                + " 'Ouddorp', ?, 'test')", tenant, id, member, title, status);
        return id;
    }
}

package nl.dorpskracht.system.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.testsupport.SqlRows;

/** Reads what is really stored, as a superuser of the embedded database (row-level security does not apply). */
public final class Database {

    private Database() {
    }

    public static List<String> rows(String sql, Object... parameters) {
        try (Connection connection = RunningDorpskracht.get().superuser()) {
            return SqlRows.rows(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A write as the database superuser, for arranging what the API cannot (an invoice past its due date). */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = RunningDorpskracht.get().superuser()) {
            return SqlRows.execute(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String single(String sql, Object... parameters) {
        List<String> rows = rows(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Everything stored for these tenants' members and audit log, in a stable order. */
    public static List<String> snapshot(String... tenants) {
        List<String> all = new ArrayList<>();
        for (String tenant : tenants) {
            all.addAll(rows("select tenant_id, id, name, type, municipality, region, email, status, version, updated_at"
                    + " from member_organisation where tenant_id = ? order by id", tenant));
            all.addAll(rows("select tenant_id, id, action, entity_id from audit_entry where tenant_id = ? order by id",
                    tenant));
            all.addAll(rows("select tenant_id, id, organisation_id, name, email, phone, is_primary, account_id,"
                    + " erased_at, version from contact_person where tenant_id = ? order by id", tenant));
            all.addAll(rows("select tenant_id, id, name from region where tenant_id = ? order by id", tenant));
            all.addAll(rows("select tenant_id, member_id, iban, reference from sepa_mandate where tenant_id = ?"
                    + " order by member_id", tenant));
            all.addAll(rows("select tenant_id, id, member_id, status from member_status_change where tenant_id = ?"
                    + " order by id", tenant));
            all.addAll(rows("select tenant_id, account_id, region_id from ambassador_region where tenant_id = ?"
                    + " order by account_id, region_id", tenant));
            all.addAll(rows("select tenant_id, account_id, role from account_grant where tenant_id = ?"
                    + " order by account_id, role", tenant));
            all.addAll(rows("select r::text from registration r where tenant_id = ? order by id", tenant));
            all.addAll(rows("select p::text from prize_round p where tenant_id = ? order by event_id", tenant));
            all.addAll(rows("select n::text from prize_nomination n where tenant_id = ? order by id", tenant));
            all.addAll(
                    rows("select v::text from prize_vote v where tenant_id = ? order by event_id, member_id", tenant));
        }
        return all;
    }
}

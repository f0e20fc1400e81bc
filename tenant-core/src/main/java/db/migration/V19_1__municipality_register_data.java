package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.municipalities.entity.Province;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the CBS register from its file and gives the free text that came before it a register code, by the same rule
 * the application matches names with ({@link MunicipalityNames}): written once in Java rather than a second time in
 * SQL. What does not match keeps its text and no code; the admin of its tenant sees it listed.
 * <p>
 * The backfill runs as the schema owner with row security not forced for the length of this transaction (the owner then
 * sees every tenant's rows, as an update of endorsement needs: no policy lets anyone update one), and forced again
 * before it commits.
 */
public class V19_1__municipality_register_data extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V19_1__municipality_register_data.class.getName());

    @Override
    public Integer getChecksum() {
        // the migration is its file: editing the file of 2025 is refused on an upgraded database
        CRC32 crc = new CRC32();
        try (InputStream in = MunicipalityNames.class.getResourceAsStream(MunicipalityNames.FILE)) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        MunicipalityNames register = MunicipalityNames.register();
        try (PreparedStatement insert = connection
                .prepareStatement("insert into province (code, name) values (?, ?)")) {
            for (Province province : register.provinces()) {
                insert.setString(1, province.code());
                insert.setString(2, province.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection
                .prepareStatement("insert into municipality (cbs_code, name, province_code) values (?, ?, ?)")) {
            for (Municipality municipality : register.all()) {
                insert.setString(1, municipality.code());
                insert.setString(2, municipality.name());
                insert.setString(3, municipality.provinceCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("update tenant t set province_code = p.code from province p where p.name = t.province");
        }
        Map<String, Integer> unmatched = backfill(connection, register, "member_organisation", "id");
        backfill(connection, register, "campaign_target", "id");
        backfill(connection, register, "endorsement", "host_tenant, campaign_id, member_id");
        unmatched.forEach((tenant, count) -> LOG.info(() -> "Municipality register: " + count
                + " member organisations of " + tenant + " name a municipality the register does not know"));
    }

    /** Gives each row of {@code table} the code its municipality text matches; returns the unmatched per tenant. */
    private static Map<String, Integer> backfill(Connection connection, MunicipalityNames register, String table,
            String key) throws SQLException {
        List<String> keys = List.of(key.split(",\\s*"));
        Map<String, Integer> unmatched = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table " + table + " no force row level security");
            List<Object[]> updates = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select x.tenant_id, t.province_code, x.municipality, "
                    + String.join(", ", keys.stream().map(k -> "x." + k).toList()) + " from " + table
                    + " x join tenant t on t.code = x.tenant_id where x.municipality is not null")) {
                while (rows.next()) {
                    String tenant = rows.getString(1);
                    var match = register.match(rows.getString(3), rows.getString(2));
                    if (match.isEmpty()) {
                        unmatched.merge(tenant, 1, Integer::sum);
                        continue;
                    }
                    Object[] update = new Object[keys.size() + 2];
                    update[0] = match.get().code();
                    update[1] = tenant;
                    for (int i = 0; i < keys.size(); i++) {
                        update[i + 2] = rows.getObject(4 + i);
                    }
                    updates.add(update);
                }
            }
            String where = String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table + " set municipality_code = ? where tenant_id = ? and " + where)) {
                for (Object[] values : updates) {
                    for (int i = 0; i < values.length; i++) {
                        update.setObject(i + 1, values[i]);
                    }
                    update.addBatch();
                }
                update.executeBatch();
            }
            sql.execute("alter table " + table + " force row level security");
        }
        return unmatched;
    }
}

package nl.dorpskracht.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.database.Migrations;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The register as the migrations leave it, and the free text of before as the migration matched it. */
class MunicipalityRegisterPersistenceTest {

    @Test
    void theRegisterHas342MunicipalitiesInTwelveProvincesThatTheApplicationOnlyReads() throws SQLException {
        TestDatabase.url();
        try (Connection app = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            assertEquals(342, count(app, "select count(*) from municipality"));
            assertEquals(12, count(app, "select count(*) from province"));
            assertEquals(50, count(app, "select count(*) from municipality where province_code = 'PV28'"));
            assertEquals("Molenlanden", text(app, "select name from municipality where cbs_code = 'GM1978'"));
            assertThrows(SQLException.class, () -> app.createStatement().execute(
                    "insert into municipality (cbs_code, name, province_code) values ('GM9999', 'X', 'PV28')"));
        }
        try (Connection app = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            assertEquals("PV31", text(app, "select province_code from tenant where code = 'vkkl'"));
            assertEquals("PV28", text(app, "select province_code from tenant where code = 'zhvkk'"));
            assertEquals("PV23", text(app, "select province_code from tenant where code = 'ovkk'"));
            assertNull(text(app, "select province_code from tenant where code = 'lvkk'"));
        }
    }

    /** A database at the version before the register, with the free text of before; then the register's migrations. */
    @Test
    void theFreeTextOfBeforeIsMatchedByNameAndWhatDoesNotMatchKeepsItsText() throws SQLException {
        String database = "before_register";
        try (Connection superuser = TestDatabase.superuser().getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("drop database if exists " + database);
            sql.execute("create database " + database + " owner " + TestDatabase.OWNER);
        }
        String url = TestDatabase.url().replaceFirst("/[^/?]+$", "/" + database);
        Migrations.migrateTo("15", url, TestDatabase.OWNER, "", TestDatabase.APPLICATION);
        List<String> written = List.of("Gem. Molenlanden", "molenlanden", "Gemeente Zuidplas", "Atlantis",
                "'s-Gravenhage");
        try (Connection owner = java.sql.DriverManager.getConnection(url, TestDatabase.OWNER, "")) {
            owner.setAutoCommit(false);
            RowSecurity.TENANT.bind(owner, "zhvkk");
            RowSecurity.REGION_SCOPE.bind(owner, "*");
            for (int i = 0; i < written.size(); i++) {
                try (PreparedStatement insert = owner.prepareStatement("insert into member_organisation"
                        + " (tenant_id, id, name, type, municipality) values ('zhvkk', ?, ?, 'DORPSRAAD', ?)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "Dorpsraad " + i);
                    insert.setString(3, written.get(i));
                    insert.execute();
                }
            }
            owner.commit();
        }
        Migrations.migrate(url, TestDatabase.OWNER, "", TestDatabase.APPLICATION);
        try (Connection owner = java.sql.DriverManager.getConnection(url, TestDatabase.OWNER, "")) {
            owner.setAutoCommit(false);
            RowSecurity.TENANT.bind(owner, "zhvkk");
            RowSecurity.REGION_SCOPE.bind(owner, "*");
            List<String> matched = new ArrayList<>();
            try (ResultSet rows = owner.createStatement().executeQuery(
                    "select municipality, municipality_code" + " from member_organisation order by name")) {
                while (rows.next()) {
                    matched.add(rows.getString(1) + "=" + rows.getString(2));
                }
            }
            assertEquals(List.of("Gem. Molenlanden=GM1978", "molenlanden=GM1978", "Gemeente Zuidplas=GM1892",
                    "Atlantis=null", "'s-Gravenhage=GM0518"), matched);
            assertEquals(1,
                    count(owner,
                            "select relforcerowsecurity::int from pg_class" + " where relname = 'member_organisation'"),
                    "row security is forced again");
            owner.rollback();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

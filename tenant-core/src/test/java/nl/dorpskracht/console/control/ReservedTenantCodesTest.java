package nl.dorpskracht.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reserved tenant codes are one list: the Java one the console checks, and the database's check constraint. */
class ReservedTenantCodesTest {

    @Test
    void theDatabaseRefusesExactlyTheCodesJavaReserves() throws SQLException {
        TestDatabase.url();
        String definition;
        try (Connection connection = TestDatabase.connectAs(TestDatabase.OWNER);
                PreparedStatement select = connection.prepareStatement("select pg_get_constraintdef(oid)"
                        + " from pg_constraint where conname = 'tenant_code_not_a_path'");
                ResultSet row = select.executeQuery()) {
            assertTrue(row.next(), "the check exists");
            definition = row.getString(1);
        }
        Set<String> inDatabase = new TreeSet<>();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(definition);
        while (quoted.find()) {
            inDatabase.add(quoted.group(1));
        }
        assertEquals(new TreeSet<>(ReservedTenantCodes.ALL), inDatabase, definition);
    }

    @Test
    void aReservedCodeCannotBeInsertedEvenPastTheConsole() {
        TestDatabase.url();
        for (String code : ReservedTenantCodes.ALL) {
            assertThrows(SQLException.class, () -> TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                    "insert into tenant (code, name, kind, parent_code) values (?, 'Gereserveerd', 'NATIONAL', null)",
                    code), code);
        }
    }

    @ParameterizedTest(name = "{0} → well formed {1}, reserved {2}")
    @CsvSource({ "gvkk, true, false", "gelderland, true, false", "noord-brabant, true, false", "a1, true, false",
            "a, false, false", "1abc, false, false", "-abc, false, false", "Gvkk, false, false", "g vkk, false, false",
            "g_vkk, false, false", "gëlderland, false, false", "abcdefghijabcdefghijabcdefghijab, true, false",
            "abcdefghijabcdefghijabcdefghijabc, false, false", "platform, true, true", "national, true, true",
            "me, true, true", "tenants, true, true", "ping, true, true", "invitations, true, true",
            "password-reset, true, true", "admin, true, true", "portal, true, true", "api, true, true",
            "health, true, true", "openapi, true, true", "login, true, true", "regio, true, true",
            "password, true, true", "public, true, true", "templates, true, true", "afmelden, true, true",
            "vkkl, true, false" })
    void codes(String code, boolean wellFormed, boolean reserved) {
        assertEquals(wellFormed, ReservedTenantCodes.wellFormed(code));
        assertEquals(reserved, ReservedTenantCodes.reserved(code));
    }

    @Test
    void everyReservedCodeIsWellFormedOrTheCheckWouldBeDeadText() {
        ReservedTenantCodes.ALL.forEach(code -> assertTrue(ReservedTenantCodes.wellFormed(code), code));
        assertFalse(ReservedTenantCodes.wellFormed(null));
    }

    @Test
    void provincesAreFoundByCbsCodeOrName() {
        assertEquals("PV25", Provinces.find("Gelderland").orElseThrow().code());
        assertEquals("PV21", Provinces.find("fryslan").orElseThrow().code());
        assertEquals("Limburg", Provinces.nameOf("pv31"));
        assertEquals(12, Provinces.ALL.size());
        assertTrue(Provinces.find("Friesland").isEmpty());
        assertTrue(Provinces.find("PV32").isEmpty());
    }
}

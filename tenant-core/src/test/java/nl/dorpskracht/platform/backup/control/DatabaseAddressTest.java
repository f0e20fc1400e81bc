package nl.dorpskracht.platform.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseAddressTest {

    @Test
    void hostPortAndDatabaseComeFromTheJdbcUrlWithoutItsParameters() {
        DatabaseAddress address = new DatabaseAddress("jdbc:postgresql://db.example:5433/dorpskracht?sslmode=require",
                "eigenaar", "geheim");

        assertEquals("db.example", address.host());
        assertEquals(5433, address.port());
        assertEquals("dorpskracht", address.database());
        assertEquals("db.example:5433/dorpskracht", address.describe());
    }

    @Test
    void withoutAPortItIsPostgresqlsOwn() {
        assertEquals(5432, new DatabaseAddress("jdbc:postgresql://db.example/dorpskracht", "u", "").port());
    }

    @Test
    void whatIsPrintedNamesNoRoleAndNoPassword() {
        String described = new DatabaseAddress("jdbc:postgresql://h:1/d", "eigenaar", "geheim").describe();

        assertFalse(described.contains("eigenaar") || described.contains("geheim"));
    }

    @Test
    void anotherKindOfUrlIsRefused() {
        assertThrows(Refusal.class, () -> new DatabaseAddress("jdbc:mysql://h/d", "u", ""));
    }
}

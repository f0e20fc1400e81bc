package nl.dorpskracht.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.dorpskracht.testsupport.SqlRows;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The state a kept national report is checked against (V38, {@link TallyQueries#state()}): it changes with every change
 * row appended, by any writer, and with every fold that folds something; it stays while nothing changes, also across a
 * fold with nothing to fold. Read as the application role in the national tenant, like the service does.
 */
class TallyStateTest {

    @Test
    void theStateChangesWithEveryChangeAndEveryFoldAndOnlyThen() throws SQLException {
        TestDatabase.url();
        fold();
        String before = state("lvkk");
        assertEquals(before, state("lvkk"), "nothing changed");

        String member = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "insert into member_organisation (tenant_id, id, name, type, municipality) values ('ovkk', '" + member
                        + "', 'Staat Dorpsraad', 'DORPSHUIS', 'Raalte')");
        String added = state("lvkk");
        assertNotEquals(before, added, "a change row of a province of the federation");
        assertEquals(added, state("lvkk"));

        String generation = generation();
        fold();
        String folded = state("lvkk");
        assertNotEquals(added, folded, "a fold draws a new generation");
        assertNotEquals(generation, generation());
        fold();
        assertEquals(folded, state("lvkk"), "a fold with nothing to fold changes nothing");

        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "update member_organisation set type = 'DORPSRAAD' where id = '" + member + "'");
        String updated = state("lvkk");
        assertNotEquals(folded, updated);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "update member_organisation set type = 'DORPSHUIS' where id = '" + member + "'");
        assertNotEquals(updated, state("lvkk"), "back to the old figures is still another change");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "ovkk",
                "delete from member_organisation where id = '" + member + "'");
        fold();
    }

    @Test
    void onlyTheFoldWritesTheGeneration() throws SQLException {
        TestDatabase.url();
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION);
                Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.execute("update tally_fold set generation = gen_random_uuid()"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    private static String state(String tenant) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            }
            String state = SqlRows.rows(connection, TallyQueries.STATE).get(0);
            connection.rollback();
            return state;
        }
    }

    private static String generation() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            return SqlRows.single(connection, "select generation::text from tally_fold");
        }
    }

    private static void fold() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            SqlRows.single(connection, "select fold_tallies()");
        }
    }
}

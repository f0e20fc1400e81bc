package nl.dorpskracht.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What V22 announces, as a listening instance receives it: ids and codes only, after the commit, once per transaction,
 * nothing for a change no cache depends on and nothing for a rollback.
 */
class ChangeNotificationsTest {

    @Test
    void aCredentialChangeIsAnnouncedByTheAccountsIdAfterItsCommitAndAnotherChangeNotAtAll() throws SQLException {
        UUID account = newAccount();
        try (Connection listening = listening()) {
            asApplication("update account set display_name = 'Andere Naam' where id = ?", account);
            asApplication("update account set credentials_version = credentials_version + 1 where id = ?", account);
            rolledBack("update account set enabled = false where id = ?", account);
            asApplication("update account set must_change_password = true, credentials_version = credentials_version"
                    + " + 1 where id = ?", account);
            assertEquals(List.of("account:" + account, "account:" + account), received(listening, account.toString()));
        }
    }

    @Test
    void aNewAddressIsAnnouncedAsEveryAccountNeverByTheAddress() throws SQLException {
        UUID account = newAccount();
        try (Connection listening = listening()) {
            asApplication("update account set email = 'nieuw-" + account + "@example.nl' where id = ?", account);
            List<String> all = received(listening, "");
            assertTrue(all.contains("account"), all.toString());
            assertTrue(all.stream().noneMatch(text -> text.contains("@")), all.toString());
        }
    }

    @Test
    void aGrantGivenOrTakenIsAnnouncedByTheAccountsIdOncePerTransaction() throws SQLException {
        UUID account = newAccount();
        try (Connection listening = listening()) {
            TestDatabase.executeInTenant(TestDatabase.APPLICATION, "vkkl",
                    "insert into account_grant (tenant_id,"
                            + " account_id, role) values ('vkkl', ?, 'TENANT_ADMIN'), ('vkkl', ?, 'TREASURER')",
                    account, account);
            TestDatabase.executeInTenant(TestDatabase.APPLICATION, "vkkl",
                    "delete from account_grant where account_id = ?", account);
            assertEquals(List.of("grant:" + account, "grant:" + account), received(listening, account.toString()));
        }
    }

    @Test
    void aTenantChangeIsAnnouncedByItsCode() throws SQLException {
        try (Connection listening = listening()) {
            asApplication("update tenant set suspension_reason = suspension_reason where code = ?", "ovkk");
            assertEquals(List.of("tenant:ovkk"), received(listening, "tenant:ovkk"));
        }
    }

    @Test
    void everyAnnouncedTextIsUnderstoodAndAnUnknownOneIgnored() {
        UUID id = UUID.randomUUID();
        assertEquals(new DatabaseChange(DatabaseChange.Kind.ACCOUNT, Optional.of(id.toString())),
                DatabaseChange.parse("account:" + id).orElseThrow());
        assertEquals(new DatabaseChange(DatabaseChange.Kind.GRANT, Optional.empty()),
                DatabaseChange.parse("grant").orElseThrow());
        assertEquals(new DatabaseChange(DatabaseChange.Kind.TENANT, Optional.of("vkkl")),
                DatabaseChange.parse("tenant:vkkl").orElseThrow());
        assertEquals(Optional.empty(), DatabaseChange.parse("iets-nieuws:1"));
        assertTrue(DatabaseChange.everything().concerns(DatabaseChange.Kind.TENANT));
        assertTrue(!DatabaseChange.parse("grant").orElseThrow().concerns(DatabaseChange.Kind.TENANT));
    }

    private static UUID newAccount() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection superuser = TestDatabase.superuser().getConnection();
                PreparedStatement insert = superuser.prepareStatement("insert into account (id, email, display_name,"
                        + " password_hash) values (?, ?, 'Iemand', 'x')")) {
            insert.setObject(1, id);
            insert.setString(2, "melding-" + id + "@example.nl");
            insert.execute();
        }
        return id;
    }

    private static Connection listening() throws SQLException {
        Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION);
        try (Statement sql = connection.createStatement()) {
            sql.execute("listen " + ChangeFeed.CHANNEL);
        }
        return connection;
    }

    private static void asApplication(String sql, Object parameter) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.execute();
        }
    }

    private static void rolledBack(String sql, Object parameter) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, parameter);
                statement.execute();
            }
            connection.rollback();
        }
    }

    /** What arrived so far (other tests may change other rows meanwhile): the texts containing {@code about}. */
    private static List<String> received(Connection listening, String about) throws SQLException {
        List<String> texts = new ArrayList<>();
        PGNotification[] batch;
        while ((batch = listening.unwrap(PGConnection.class).getNotifications(500)) != null && batch.length > 0) {
            Arrays.stream(batch).map(PGNotification::getParameter).filter(text -> text.contains(about))
                    .forEach(texts::add);
        }
        return texts;
    }
}

package nl.dorpskracht.platform.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void theFileNameCarriesTheTimeInUtcToTheMinute() {
        assertEquals("dorpskracht-20261203-0800.dump",
                new BackupFolder(directory).fileFor(NOW).getFileName().toString());
    }

    @Test
    void backupsOlderThanTheRetentionGoAndOthersStay() throws IOException {
        BackupFolder folder = new BackupFolder(directory);
        Path old = Files.writeString(directory.resolve("dorpskracht-20261101-0800.dump"), "");
        Path recent = Files.writeString(directory.resolve("dorpskracht-20261130-0800.dump"), "");
        Path foreign = Files.writeString(directory.resolve("dorpskracht-20200101-0800.dump.bak"), "");

        assertEquals(java.util.List.of(old), folder.removeExpired(Duration.ofDays(14), NOW));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(foreign), "a file of another name is not a backup of ours");
    }

    @Test
    void theNewestBackupStaysWhateverItsAge() throws IOException {
        Path only = Files.writeString(directory.resolve("dorpskracht-20200101-0800.dump"), "");

        assertTrue(new BackupFolder(directory).removeExpired(Duration.ofDays(14), NOW).isEmpty());
        assertTrue(Files.exists(only));
    }

    @Test
    void theNextBackupIsDueAnIntervalAfterTheNewest() throws IOException {
        BackupFolder folder = new BackupFolder(directory);
        assertEquals(Duration.ZERO, folder.untilNext(Duration.ofDays(1), NOW), "none yet: now");

        Files.writeString(directory.resolve("dorpskracht-20261202-2000.dump"), "");
        assertEquals(Duration.ofHours(12), folder.untilNext(Duration.ofDays(1), NOW));

        Files.writeString(directory.resolve("dorpskracht-20261201-0000.dump"), "");
        assertEquals(Duration.ofHours(12), folder.untilNext(Duration.ofDays(1), NOW), "the newest counts");
    }

    @Test
    void anErrorLineOfPgRestoreLosesWhatCouldQuoteARow() {
        assertEquals(
                "pg_restore: error: could not execute query: ERROR:  duplicate key value violates unique"
                        + " constraint \"account_email_key\"",
                PostgresClient.firstErrorLine("pg_restore: error: could not execute query: ERROR:  duplicate key value"
                        + " violates unique constraint \"account_email_key\"\nDETAIL:  Key (email)=(a@b.nl) already"
                        + " exists.\nCommand was: COPY public.account"));
    }
}

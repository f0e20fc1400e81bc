package nl.dorpskracht.platform.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of the daily backups, {@code dorpskracht-YYYYMMDD-HHMM.dump} in UTC: the name carries the time, so
 * retention does not depend on modification times that a copy or a restore of the folder would change.
 */
public record BackupFolder(Path directory) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final Pattern NAME = Pattern.compile("dorpskracht-(\\d{8}-\\d{4})\\.dump");

    public Path fileFor(Instant at) {
        return directory.resolve("dorpskracht-" + STAMP.format(at.atOffset(ZoneOffset.UTC)) + ".dump");
    }

    /** When the newest backup in the folder was written, if there is one. */
    public Optional<Instant> newest() {
        return backups().stream().map(Backup::writtenAt).max(Instant::compareTo);
    }

    /** How long to wait for the next backup: none is due before the newest is {@code interval} old. */
    public Duration untilNext(Duration interval, Instant now) {
        return newest().map(newest -> Duration.between(now, newest.plus(interval))).filter(wait -> !wait.isNegative())
                .orElse(Duration.ZERO);
    }

    /**
     * Deletes the backups written more than {@code keep} before {@code now}, never the newest one (a clock set wrong or
     * a long outage must not leave no backup at all). Files of other names are left alone.
     */
    public List<Path> removeExpired(Duration keep, Instant now) {
        Optional<Instant> newest = newest();
        List<Path> removed = new ArrayList<>();
        for (Backup backup : backups()) {
            if (backup.writtenAt().isBefore(now.minus(keep)) && !Optional.of(backup.writtenAt()).equals(newest)) {
                try {
                    Files.deleteIfExists(backup.file());
                    removed.add(backup.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return removed;
    }

    private record Backup(Path file, Instant writtenAt) {
    }

    private List<Backup> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Backup> backups = new ArrayList<>();
            files.forEach(file -> {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    try {
                        backups.add(
                                new Backup(file, LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC)));
                    } catch (DateTimeParseException e) {
                        // a name that looks like ours but is no date: not ours to delete
                    }
                }
            });
            return backups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

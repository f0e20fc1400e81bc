package nl.dorpskracht.outbox.control;

import org.eclipse.microprofile.config.Config;

/**
 * How the outbox sends: how often it looks ({@code DORPSKRACHT_MAIL_POLL_SECONDS}), how many mails a claim takes
 * ({@code _BATCH}), how long a claim holds them before another sender may take them over ({@code _LEASE_SECONDS}), the
 * first retry delay, doubled per attempt up to {@link #MAX_DELAY_SECONDS} ({@code _RETRY_SECONDS}), and after how many
 * attempts a mail counts as failed ({@code _ATTEMPTS}).
 */
public record OutboxSettings(long pollSeconds, int batch, long leaseSeconds, long retrySeconds, int maxAttempts) {

    /** Six hours: with the defaults, ten attempts span about two days. */
    static final long MAX_DELAY_SECONDS = 6 * 3600;

    public OutboxSettings {
        pollSeconds = Math.max(1, pollSeconds);
        batch = Math.max(1, Math.min(batch, 500));
        leaseSeconds = Math.max(10, leaseSeconds);
        retrySeconds = Math.max(1, retrySeconds);
        maxAttempts = Math.max(1, maxAttempts);
    }

    public static OutboxSettings from(Config config) {
        return new OutboxSettings(config.getOptionalValue("dorpskracht.mail.poll-seconds", Long.class).orElse(5L),
                config.getOptionalValue("dorpskracht.mail.batch", Integer.class).orElse(50),
                config.getOptionalValue("dorpskracht.mail.lease-seconds", Long.class).orElse(300L),
                config.getOptionalValue("dorpskracht.mail.retry-seconds", Long.class).orElse(60L),
                config.getOptionalValue("dorpskracht.mail.attempts", Integer.class).orElse(10));
    }

    /** The wait after the given failed attempt (1 = the first): the base, doubled each time, capped. */
    public long delayAfter(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        return Math.min(MAX_DELAY_SECONDS, retrySeconds << doublings);
    }
}

package nl.dorpskracht.outbox.entity;

/**
 * Where a mail in the outbox stands. {@code NOT_SENT}: never to be sent (no SMTP host configured, or nothing left to
 * tell); {@code FAILED}: given up after the last attempt.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED, NOT_SENT
}

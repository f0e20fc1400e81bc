package nl.dorpskracht.newsletters.entity;

/** A newsletter is written (DRAFT), handed to the outbox a batch at a time (SENDING), then wholly handed (SENT). */
public enum NewsletterStatus {
    DRAFT, SENDING, SENT
}

package nl.dorpskracht.newsletters.boundary;

import java.util.UUID;

/** Fired in the transaction that moved a newsletter to SENDING; its batches start once that committed. */
public record NewsletterSendingStarted(String tenant, UUID newsletter) {
}

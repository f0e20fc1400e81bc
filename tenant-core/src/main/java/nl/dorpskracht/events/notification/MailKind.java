package nl.dorpskracht.events.notification;

import nl.dorpskracht.events.control.RegistrationChanged.Change;

/** The mails a registrant gets. */
public enum MailKind {
    CONFIRMATION, WAITLIST, PROMOTION, CANCELLATION, REMINDER, EVENT_CANCELLED;

    static MailKind of(Change change) {
        return switch (change) {
        case CONFIRMED -> CONFIRMATION;
        case WAITLISTED -> WAITLIST;
        case PROMOTED -> PROMOTION;
        case CANCELLED -> CANCELLATION;
        };
    }

    /** How a mail of this kind about this registration appears in the log: no address, no name. */
    String label(java.util.UUID registrationId) {
        return name() + " for registration " + registrationId;
    }
}

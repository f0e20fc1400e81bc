package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * The reminders of one tenant, in one transaction: confirmed registrations, not yet reminded, for events that start in
 * the coming 24 hours. Whoever got their place less than 24 hours before the start already had the confirmation (or
 * promotion) mail with everything in it; they count as reminded without a second mail.
 * <p>
 * Each reminder is written to the outbox in the transaction that marks the registration reminded, so it exists exactly
 * once, whatever happens to the sending. With several instances each looks for reminders; a transaction-scoped advisory
 * lock per tenant lets one of them do a tenant's round while the others skip it (they do not wait: the next round comes
 * anyway). Without the lock two instances would both read the same registrations as due, and only the optimistic
 * version would stop the second, after it had composed its mails. The lock ends with the transaction, so a crashed
 * instance holds nothing.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DueReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantRegistry tenants;

    @Inject
    Outbox outbox;

    @Inject
    TransactionFunctions functions;

    /** Writes the reminders that are due to the outbox and returns how many; 0 when another instance is at it. */
    public int remind(String tenant) {
        tenantWork.workIn(tenant);
        if (!Boolean.TRUE.equals(functions
                .rows("select pg_try_advisory_xact_lock(hashtextextended(#a0, 0)) as mine", "reminders:" + tenant)
                .get(0).get("mine"))) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<UUID, AgendaItem> events = TenantEvents.starting(entityManager, tenant, now, now.plus(AHEAD)).stream()
                .collect(Collectors.toMap(AgendaItem::id, Function.identity(), (a, b) -> a));
        if (events.isEmpty()) {
            return 0;
        }
        List<Registration> due = entityManager
                .createQuery("select r from Registration r where r.status = :confirmed and r.reminderSentAt is null"
                        + " and r.eventId in :events", Registration.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("events", events.keySet())
                .getResultList();
        int sent = 0;
        for (Registration registration : due) {
            AgendaItem event = events.get(registration.eventId());
            if (!event.hostTenant().equals(registration.hostTenant())) {
                continue;
            }
            if (registration.attendeeEmail() != null && !placeGotWithinReminderWindow(registration, event)) {
                remind(tenant, registration, event);
                sent++;
            }
            registration.remindedNow();
        }
        return sent;
    }

    private void remind(String tenant, Registration registration, AgendaItem event) {
        RegistrationNotice notice = RegistrationNotice.of(MailKind.REMINDER, registration, event,
                NoticeReader.hostName(tenants, event.hostTenant()), null);
        outbox.put(tenant, MailKind.REMINDER.name(), Outbox.DUTCH,
                RegistrationMailText.of(notice, PortalAddress.configured()));
    }

    private static boolean placeGotWithinReminderWindow(Registration registration, AgendaItem event) {
        OffsetDateTime placeSince = registration.promotedAt() != null ? registration.promotedAt()
                : registration.registeredAt();
        return placeSince.isAfter(event.details().startsAt().minus(AHEAD));
    }
}

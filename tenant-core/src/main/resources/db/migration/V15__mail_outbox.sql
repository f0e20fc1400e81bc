-- Every mail goes through this table: it is written in the transaction of the change that causes it (a registration,
-- a cancellation, a promotion, a reminder), so a mail exists exactly when its cause committed, and it survives a stop.
-- A sender claims due rows with FOR UPDATE SKIP LOCKED and leases them (status SENDING, lease_until): two instances on
-- one database never claim the same row, and a row whose sender died mid-send is claimed again after the lease, with
-- the same message_id, so the recipient's mail program can recognise the repeat (at least once, never silently lost).
--
-- A row is owned by the recipient's tenant (tenant_id leads every key; RLS enabled and forced). Two causes reach into
-- other provinces, and write there through functions of the owner that check the caller themselves:
-- - A promotion from the waitlist may move up a registrant of another province; promote_event_waitlist records that
--   mail in the registrant's tenant in the same statement, with only what the mail is about (about = registration id)
--   and no text: the sender composes it under the registrant's own tenant before the first attempt (text_body null).
-- - A host cancelling its event tells every registrant, of every province: the host composes each mail from what it may
--   read anyway (event_attendee) and record_event_cancelled_mail files it in the registrant's tenant, addressed to the
--   address stored with the registration (never one the caller names), only for the caller's own cancelled event.

create table mail_outbox (
    tenant_id          varchar(32)  not null references tenant (code),
    id                 uuid         not null,
    kind               varchar(40)  not null,
    label              varchar(200) not null,  -- how the log names it: kind and id, never a person or an address
    about              uuid,                   -- what the mail is about (e.g. a registration), to compose it later
    recipient          varchar(254),
    language           varchar(8)   not null default 'nl',
    subject            varchar(998),
    html_body          text,
    text_body          text,
    attachment_name    varchar(100),
    attachment_type    varchar(100),
    attachment_content text,
    message_id         varchar(200) not null,
    status             varchar(10)  not null default 'PENDING'
        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_SENT')),
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null default now(),
    lease_until        timestamptz,
    created_at         timestamptz  not null default now(),
    sent_at            timestamptz,
    last_error         varchar(200),           -- an exception class or a reason code, never a server's answer
    primary key (tenant_id, id),
    check (text_body is not null or about is not null)
);
create unique index mail_outbox_message_id on mail_outbox (tenant_id, message_id);
-- The sender's question: what is due? SENDING rows are due again when their lease ends (next_attempt_at = lease_until).
create index mail_outbox_due on mail_outbox (tenant_id, next_attempt_at) where status in ('PENDING', 'SENDING');
-- The admin page: newest first, optionally by status or kind.
create index mail_outbox_listing on mail_outbox (tenant_id, created_at desc, id);

alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy mail_outbox_tenant on mail_outbox
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The owner runs promote_event_waitlist and record_event_cancelled_mail, which file mails in the registrant's tenant.
-- Nothing else: the application role is not the owner and gets nothing from this policy.
-- Written in the form PostgreSQL prints it back: a dump and restore then gives this very text (an `in (…)` list on a
-- varchar column comes back from a restore in a different, equivalent form, and the backup test compares the text).
create policy mail_outbox_keeper_writer on mail_outbox for insert to current_user
    with check ((kind)::text = any (array['PROMOTION'::text, 'EVENT_CANCELLED'::text]));

-- As in V7, plus the mail to each registrant moved up, in the same statement (the caller's transaction).
create or replace function promote_event_waitlist(p_host varchar, p_event uuid)
    returns table (registration_tenant varchar, registration_id uuid)
    language plpgsql security definer set search_path = public as $$
declare
    caller    varchar := nullif(current_setting('app.tenant_id', true), '');
    places    integer;
    confirmed integer;
begin
    if caller is null or (caller <> p_host and not exists (
            select 1 from registration r
             where r.tenant_id = caller and r.host_tenant = p_host and r.event_id = p_event)) then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('event-places:' || p_host || ':' || p_event::text, 0));
    select e.capacity into places from event e
     where e.tenant_id = p_host and e.id = p_event and e.status = 'PUBLISHED';
    if not found then
        return;
    end if;
    select count(*) into confirmed
      from registration r where r.host_tenant = p_host and r.event_id = p_event and r.status = 'CONFIRMED';
    return query
    with next_in_line as (
        select w.tenant_id, w.id from registration w
         where w.host_tenant = p_host and w.event_id = p_event and w.status = 'WAITLISTED'
         order by w.queue_order
         limit case when places is null then null else greatest(places - confirmed, 0) end
         for update),
    promoted as (
        update registration r
           set status = 'CONFIRMED', promoted_at = now(), version = r.version + 1
          from next_in_line n
         where r.tenant_id = n.tenant_id and r.id = n.id
        returning r.tenant_id, r.id, r.attendee_email),
    mails as (
        select p.tenant_id, p.id, gen_random_uuid() as mail_id from promoted p where p.attendee_email is not null),
    recorded as (
        insert into mail_outbox (tenant_id, id, kind, label, about, message_id)
        select m.tenant_id, m.mail_id, 'PROMOTION', 'PROMOTION for registration ' || m.id, m.id,
               '<' || m.mail_id || '@dorpskracht>'
          from mails m)
    select p.tenant_id::varchar, p.id from promoted p;
end;
$$;

-- The mail about a cancelled event to one of its registrants, in the registrant's tenant; null when the caller is not
-- the host, the event is not cancelled, or the registration is cancelled, unknown or without an address.
create function record_event_cancelled_mail(p_home varchar, p_registration uuid, p_label varchar, p_language varchar,
        p_subject varchar, p_html text, p_text text)
    returns uuid
    language plpgsql security definer set search_path = public as $$
declare
    caller    varchar := nullif(current_setting('app.tenant_id', true), '');
    recipient varchar;
    mail      uuid := gen_random_uuid();
begin
    select r.attendee_email into recipient
      from registration r join event e on e.tenant_id = r.host_tenant and e.id = r.event_id
     where r.tenant_id = p_home and r.id = p_registration and r.host_tenant = caller and e.status = 'CANCELLED'
       and r.status <> 'CANCELLED' and r.attendee_email is not null;
    if recipient is null then
        return null;
    end if;
    insert into mail_outbox (tenant_id, id, kind, label, recipient, language, subject, html_body, text_body, message_id)
    values (p_home, mail, 'EVENT_CANCELLED', p_label, recipient, p_language, p_subject, p_html, p_text,
            '<' || mail || '@dorpskracht>');
    return mail;
end;
$$;
revoke all on function record_event_cancelled_mail(varchar, uuid, varchar, varchar, varchar, text, text) from public;
grant execute on function record_event_cancelled_mail(varchar, uuid, varchar, varchar, varchar, text, text)
    to ${app_role};

grant select, insert, update on mail_outbox to ${app_role};

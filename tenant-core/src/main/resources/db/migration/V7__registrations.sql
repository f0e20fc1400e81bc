-- Registrations for events. A registration belongs to the registrant's own province (tenant_id is the tenant of the
-- contact person), so personal data stays where it lives. The host of an event reads the registrations of its events
-- through the view event_attendee: only what the registrant agreed to hand over (name, e-mail, organisation).
-- Places and the waitlist span provinces; they are decided by three functions that count and promote without showing
-- anyone's data to the caller: claim_event_place, promote_event_waitlist and event_places.

-- First come, first served across provinces: one order for all registrations.
create sequence registration_order;

create table registration (
    tenant_id          varchar(32)  not null references tenant (code),
    id                 uuid         not null,
    host_tenant        varchar(32)  not null references tenant (code),
    event_id           uuid         not null,
    contact_id         uuid         not null,
    member_id          uuid         not null,
    attendee_name      varchar(200) not null,
    attendee_email     varchar(254),
    organisation_name  varchar(200) not null,
    status             varchar(10)  not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    queue_order        bigint       not null default nextval('registration_order'),
    registered_by      varchar(5)   not null check (registered_by in ('SELF', 'ADMIN')),
    sharing_consent_at timestamptz,
    registered_at      timestamptz  not null default now(),
    promoted_at        timestamptz,
    cancelled_at       timestamptz,
    reminder_sent_at   timestamptz,
    version            bigint       not null default 1,
    primary key (tenant_id, id),
    foreign key (host_tenant, event_id) references event (tenant_id, id),
    foreign key (tenant_id, contact_id) references contact_person (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id),
    -- name and e-mail leave the province only with the registrant's consent
    check (host_tenant = tenant_id or sharing_consent_at is not null)
);
create unique index registration_once on registration (tenant_id, host_tenant, event_id, contact_id)
    where status <> 'CANCELLED';
create index registration_by_event on registration (tenant_id, host_tenant, event_id, status, queue_order);
create index registration_by_contact on registration (tenant_id, contact_id);

alter table registration enable row level security;
alter table registration force row level security;
create policy registration_tenant on registration
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The host reads (never writes) the registrations for its own events, from every province.
create policy registration_host on registration for select
    using (host_tenant = current_setting('app.tenant_id', true));
-- The owner of the schema runs the place functions below; they count and promote across provinces and check the
-- caller's rights themselves. The application role is not the owner and gets nothing from these two policies.
create policy registration_place_keeper on registration for select to current_user using (true);
create policy registration_place_promoter on registration for update to current_user using (true) with check (true);
create policy event_place_keeper on event for select to current_user using (true);

-- What the host sees of a registration: what the registrant agreed to share, never cancelled ones.
create view event_attendee with (security_invoker = true) as
select r.host_tenant, r.event_id, r.id, r.tenant_id as home_tenant, r.attendee_name, r.attendee_email,
       r.organisation_name, r.status, r.queue_order, r.registered_at, r.promoted_at
from registration r
where r.host_tenant = current_setting('app.tenant_id', true) and r.status <> 'CANCELLED';

-- Whether the calling tenant may register for the event (own, or published and shared with it), and as what; for a
-- place on the waitlist also how many wait before it. The advisory lock is held until the caller's transaction ends, so
-- its insert is counted by the next claim.
create function claim_event_place(p_host varchar, p_event uuid) returns table (claim varchar, waiting_before integer)
    language plpgsql security definer set search_path = public as $$
declare
    caller    varchar := nullif(current_setting('app.tenant_id', true), '');
    places    integer;
    closes_at timestamptz;
    confirmed integer;
    waiting   integer;
begin
    select e.capacity, coalesce(e.registration_deadline, e.starts_at) into places, closes_at
      from event e
     where e.tenant_id = p_host and e.id = p_event and e.status = 'PUBLISHED' and caller is not null
       and (e.tenant_id = caller or e.shared_with_all
            or exists (select 1 from event_share s
                        where s.tenant_id = e.tenant_id and s.event_id = e.id and s.guest_tenant = caller));
    if not found then
        return query select 'NOT_FOUND'::varchar, 0;
        return;
    end if;
    if now() >= closes_at then
        return query select 'CLOSED'::varchar, 0;
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('event-places:' || p_host || ':' || p_event::text, 0));
    if places is null then
        return query select 'CONFIRMED'::varchar, 0;
        return;
    end if;
    select count(*) filter (where r.status = 'CONFIRMED'), count(*) filter (where r.status = 'WAITLISTED')
      into confirmed, waiting
      from registration r where r.host_tenant = p_host and r.event_id = p_event and r.status <> 'CANCELLED';
    if confirmed < places and waiting = 0 then
        return query select 'CONFIRMED'::varchar, 0;
    else
        return query select 'WAITLISTED'::varchar, waiting;
    end if;
end;
$$;

-- Fills free places from the waitlist, first come first served, and returns which registrations were promoted (ids
-- only: the promoted may live in another province, whose own context sends them the news). Callable by the host, or by
-- a tenant with a registration for the event (it has just cancelled one).
create function promote_event_waitlist(p_host varchar, p_event uuid)
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
         for update)
    update registration r
       set status = 'CONFIRMED', promoted_at = now(), version = r.version + 1
      from next_in_line n
     where r.tenant_id = n.tenant_id and r.id = n.id
    returning r.tenant_id::varchar, r.id;
end;
$$;

-- Counts for an event the caller may see: places, taken, waiting, and how many wait before a given queue position.
create function event_places(p_host varchar, p_event uuid, p_queue_order bigint)
    returns table (capacity integer, confirmed integer, waiting integer, ahead integer)
    language plpgsql stable security definer set search_path = public as $$
declare
    caller varchar := nullif(current_setting('app.tenant_id', true), '');
begin
    return query
    select e.capacity,
           (count(*) filter (where r.status = 'CONFIRMED'))::integer,
           (count(*) filter (where r.status = 'WAITLISTED'))::integer,
           (count(*) filter (where r.status = 'WAITLISTED' and r.queue_order < p_queue_order))::integer
      from event e
      left join registration r on r.host_tenant = e.tenant_id and r.event_id = e.id and r.status <> 'CANCELLED'
     where e.tenant_id = p_host and e.id = p_event and caller is not null
       and (e.tenant_id = caller
            or (e.status = 'PUBLISHED' and (e.shared_with_all
                or exists (select 1 from event_share s
                            where s.tenant_id = e.tenant_id and s.event_id = e.id and s.guest_tenant = caller))))
     group by e.capacity;
end;
$$;

revoke all on function claim_event_place(varchar, uuid) from public;
revoke all on function promote_event_waitlist(varchar, uuid) from public;
revoke all on function event_places(varchar, uuid, bigint) from public;
grant execute on function claim_event_place(varchar, uuid) to ${app_role};
grant execute on function promote_event_waitlist(varchar, uuid) to ${app_role};
grant execute on function event_places(varchar, uuid, bigint) to ${app_role};

grant select, insert, update on registration to ${app_role};
grant usage on sequence registration_order to ${app_role};
grant select on event_attendee to ${app_role};

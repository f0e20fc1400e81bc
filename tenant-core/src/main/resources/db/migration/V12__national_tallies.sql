-- National statistics read totals, never people, and never by scanning the data on each request. Each tally below is
-- kept by triggers as the data changes, and holds counts per tenant only (no name, no id of a person or organisation).
--
-- Writers never wait for a tally: a trigger only APPENDS a change row (+1 / -1 per key), it never updates a shared
-- counter. A shared counter row would be locked until the writer commits; registrations already queue on an event's
-- advisory lock, and a counter locked in another order (a cancellation updates its row before it promotes the
-- waitlist) would deadlock with it. fold_tallies() compacts the change rows of a key into one row, so a reader sums few
-- rows: the number of keys (tenant × quarter × kind), plus what changed since the last fold. Readers sum per key in one
-- snapshot, so a fold that runs meanwhile never shows half.
--
-- The rows are owned by a tenant (tenant_id leads every key, RLS enabled and forced): a tenant reads its own; a
-- national tenant reads those of its own federation (itself and the tenants whose parent it is). The application role
-- may only read: the triggers and the fold run as the schema owner.

create table member_tally (
    tenant_id      varchar(32)  not null references tenant (code),
    id             bigint       generated always as identity,
    type           varchar(20)  not null,
    region         varchar(100) not null,  -- '' for none
    status         varchar(10)  not null,
    joined_quarter date         not null,  -- first day of the quarter of joined_on, else of the day it was recorded
    organisations  bigint       not null,
    fresh          boolean      not null default true,
    primary key (tenant_id, id)
);

-- How often organisations entered a status (ARCHIVED: they left), per quarter.
create table member_change_tally (
    tenant_id varchar(32) not null references tenant (code),
    id        bigint      generated always as identity,
    quarter   date        not null,
    status    varchar(10) not null,
    changes   bigint      not null,
    fresh     boolean     not null default true,
    primary key (tenant_id, id)
);

create table invoice_tally (
    tenant_id    varchar(32) not null references tenant (code),
    id           bigint      generated always as identity,
    year         integer     not null,
    status       varchar(10) not null,
    invoices     bigint      not null,
    amount_cents bigint      not null,
    paid_cents   bigint      not null,
    fresh        boolean     not null default true,
    primary key (tenant_id, id)
);

create table event_tally (
    tenant_id     varchar(32) not null references tenant (code),
    id            bigint      generated always as identity,
    start_quarter date        not null,
    type          varchar(20) not null,
    status        varchar(10) not null,
    events        bigint      not null,
    fresh         boolean     not null default true,
    primary key (tenant_id, id)
);

-- Owned like a registration by the registrant's province; host_tenant is whose event it was.
create table registration_tally (
    tenant_id          varchar(32) not null references tenant (code),
    id                 bigint      generated always as identity,
    host_tenant        varchar(32) not null references tenant (code),
    registered_quarter date        not null,
    status             varchar(10) not null,
    registrations      bigint      not null,
    fresh              boolean     not null default true,
    primary key (tenant_id, id)
);

-- Owned like an endorsement by the signing organisation's province.
create table endorsement_tally (
    tenant_id      varchar(32) not null references tenant (code),
    id             bigint      generated always as identity,
    host_tenant    varchar(32) not null references tenant (code),
    signed_quarter date        not null,
    endorsements   bigint      not null,
    fresh          boolean     not null default true,
    primary key (tenant_id, id)
);

create index member_tally_key on member_tally (tenant_id, type, region, status, joined_quarter);
create index member_tally_fresh on member_tally (tenant_id, type, region, status, joined_quarter) where fresh;
create index member_change_tally_key on member_change_tally (tenant_id, quarter, status);
create index member_change_tally_fresh on member_change_tally (tenant_id, quarter, status) where fresh;
create index invoice_tally_key on invoice_tally (tenant_id, year, status);
create index invoice_tally_fresh on invoice_tally (tenant_id, year, status) where fresh;
create index event_tally_key on event_tally (tenant_id, start_quarter, type, status);
create index event_tally_fresh on event_tally (tenant_id, start_quarter, type, status) where fresh;
create index registration_tally_key on registration_tally (tenant_id, host_tenant, registered_quarter, status);
create index registration_tally_fresh on registration_tally (tenant_id, host_tenant, registered_quarter, status)
    where fresh;
create index endorsement_tally_key on endorsement_tally (tenant_id, host_tenant, signed_quarter);
create index endorsement_tally_fresh on endorsement_tally (tenant_id, host_tenant, signed_quarter) where fresh;

-- Quarters are Dutch quarters, whatever the session's time zone.
create function tally_quarter(p_at timestamptz) returns date
    language sql immutable parallel safe as $$
    select date_trunc('quarter', p_at at time zone 'Europe/Amsterdam')::date;
$$;
create function tally_quarter(p_day date) returns date
    language sql immutable parallel safe as $$
    select date_trunc('quarter', p_day)::date;
$$;
-- An organisation joined on joined_on, or else on the day it was recorded.
create function joined_quarter(p_joined date, p_recorded timestamptz) returns date
    language sql immutable parallel safe as $$
    select tally_quarter(coalesce(p_joined, (p_recorded at time zone 'Europe/Amsterdam')::date));
$$;

-- Each tally: read by its own tenant, or by the national tenant of its federation (the subquery is a hashed subplan,
-- evaluated once per query); written only by the schema owner, which runs the triggers and fold_tallies().

alter table member_tally enable row level security;
alter table member_tally force row level security;
create policy member_tally_reader on member_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy member_tally_keeper on member_tally to current_user using (true) with check (true);
grant select on member_tally to ${app_role};

alter table member_change_tally enable row level security;
alter table member_change_tally force row level security;
create policy member_change_tally_reader on member_change_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy member_change_tally_keeper on member_change_tally to current_user using (true) with check (true);
grant select on member_change_tally to ${app_role};

alter table invoice_tally enable row level security;
alter table invoice_tally force row level security;
create policy invoice_tally_reader on invoice_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy invoice_tally_keeper on invoice_tally to current_user using (true) with check (true);
grant select on invoice_tally to ${app_role};

alter table event_tally enable row level security;
alter table event_tally force row level security;
create policy event_tally_reader on event_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy event_tally_keeper on event_tally to current_user using (true) with check (true);
grant select on event_tally to ${app_role};

alter table registration_tally enable row level security;
alter table registration_tally force row level security;
create policy registration_tally_reader on registration_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy registration_tally_keeper on registration_tally to current_user using (true) with check (true);
grant select on registration_tally to ${app_role};

alter table endorsement_tally enable row level security;
alter table endorsement_tally force row level security;
create policy endorsement_tally_reader on endorsement_tally for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                             where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'));
create policy endorsement_tally_keeper on endorsement_tally to current_user using (true) with check (true);
grant select on endorsement_tally to ${app_role};

-- Triggers: one per statement, over the changed rows of the transition tables (a set-based update appends one change
-- row per key, not one per row). A trigger sees only the transition tables of its own event, so each function has a
-- statement for inserts, one for deletes, and one for updates that appends nothing when no key or measure changed.
-- Static SQL, so PostgreSQL keeps the plans: an import fires these once per row of its JDBC batch.

create function member_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into member_tally (tenant_id, type, region, status, joined_quarter, organisations)
        select tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at), count(*)
          from added
          group by tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at);
    elsif tg_op = 'DELETE' then
        insert into member_tally (tenant_id, type, region, status, joined_quarter, organisations)
        select tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at), -count(*)
          from removed
          group by tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at);
    else
        insert into member_tally (tenant_id, type, region, status, joined_quarter, organisations)
        select tenant_id, type, region, status, joined_quarter, sum(organisations)
          from (select tenant_id, type, coalesce(region, '') as region, status, joined_quarter(joined_on, created_at) as joined_quarter, 1 as organisations
            from added
                union all
                select tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at), -1
                  from removed) change
         group by tenant_id, type, region, status, joined_quarter
        having sum(organisations) <> 0;
    end if;
    return null;
end;
$$;
create trigger member_organisation_tally_insert after insert on member_organisation referencing new table as added
    for each statement execute function member_tally_changed();
create trigger member_organisation_tally_update after update on member_organisation
    referencing old table as removed new table as added
    for each statement execute function member_tally_changed();
create trigger member_organisation_tally_delete after delete on member_organisation referencing old table as removed
    for each statement execute function member_tally_changed();

create function member_change_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into member_change_tally (tenant_id, quarter, status, changes)
        select tenant_id, tally_quarter(changed_at), status, count(*)
          from added
          group by tenant_id, tally_quarter(changed_at), status;
    elsif tg_op = 'DELETE' then
        insert into member_change_tally (tenant_id, quarter, status, changes)
        select tenant_id, tally_quarter(changed_at), status, -count(*)
          from removed
          group by tenant_id, tally_quarter(changed_at), status;
    else
        insert into member_change_tally (tenant_id, quarter, status, changes)
        select tenant_id, quarter, status, sum(changes)
          from (select tenant_id, tally_quarter(changed_at) as quarter, status, 1 as changes from added
                union all
                select tenant_id, tally_quarter(changed_at), status, -1 from removed) change
         group by tenant_id, quarter, status
        having sum(changes) <> 0;
    end if;
    return null;
end;
$$;
create trigger member_status_change_tally_insert after insert on member_status_change referencing new table as added
    for each statement execute function member_change_tally_changed();
create trigger member_status_change_tally_update after update on member_status_change
    referencing old table as removed new table as added
    for each statement execute function member_change_tally_changed();
create trigger member_status_change_tally_delete after delete on member_status_change referencing old table as removed
    for each statement execute function member_change_tally_changed();

create function invoice_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into invoice_tally (tenant_id, year, status, invoices, amount_cents, paid_cents)
        select tenant_id, year, status, count(*), sum(amount_cents), sum(paid_cents)
          from added
          group by tenant_id, year, status;
    elsif tg_op = 'DELETE' then
        insert into invoice_tally (tenant_id, year, status, invoices, amount_cents, paid_cents)
        select tenant_id, year, status, -count(*), -sum(amount_cents), -sum(paid_cents)
          from removed
          group by tenant_id, year, status;
    else
        insert into invoice_tally (tenant_id, year, status, invoices, amount_cents, paid_cents)
        select tenant_id, year, status, sum(invoices), sum(amount_cents), sum(paid_cents)
          from (select tenant_id, year, status, 1 as invoices, amount_cents as amount_cents, paid_cents as paid_cents
            from added
                union all
                select tenant_id, year, status, -1, -amount_cents, -paid_cents from removed) change
         group by tenant_id, year, status
        having sum(invoices) <> 0 or sum(amount_cents) <> 0 or sum(paid_cents) <> 0;
    end if;
    return null;
end;
$$;
create trigger invoice_tally_insert after insert on invoice referencing new table as added
    for each statement execute function invoice_tally_changed();
create trigger invoice_tally_update after update on invoice referencing old table as removed new table as added
    for each statement execute function invoice_tally_changed();
create trigger invoice_tally_delete after delete on invoice referencing old table as removed
    for each statement execute function invoice_tally_changed();

create function event_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into event_tally (tenant_id, start_quarter, type, status, events)
        select tenant_id, tally_quarter(starts_at), type, status, count(*)
          from added
          group by tenant_id, tally_quarter(starts_at), type, status;
    elsif tg_op = 'DELETE' then
        insert into event_tally (tenant_id, start_quarter, type, status, events)
        select tenant_id, tally_quarter(starts_at), type, status, -count(*)
          from removed
          group by tenant_id, tally_quarter(starts_at), type, status;
    else
        insert into event_tally (tenant_id, start_quarter, type, status, events)
        select tenant_id, start_quarter, type, status, sum(events)
          from (select tenant_id, tally_quarter(starts_at) as start_quarter, type, status, 1 as events from added
                union all
                select tenant_id, tally_quarter(starts_at), type, status, -1 from removed) change
         group by tenant_id, start_quarter, type, status
        having sum(events) <> 0;
    end if;
    return null;
end;
$$;
create trigger event_tally_insert after insert on event referencing new table as added
    for each statement execute function event_tally_changed();
create trigger event_tally_update after update on event referencing old table as removed new table as added
    for each statement execute function event_tally_changed();
create trigger event_tally_delete after delete on event referencing old table as removed
    for each statement execute function event_tally_changed();

create function registration_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into registration_tally (tenant_id, host_tenant, registered_quarter, status, registrations)
        select tenant_id, host_tenant, tally_quarter(registered_at), status, count(*)
          from added
          group by tenant_id, host_tenant, tally_quarter(registered_at), status;
    elsif tg_op = 'DELETE' then
        insert into registration_tally (tenant_id, host_tenant, registered_quarter, status, registrations)
        select tenant_id, host_tenant, tally_quarter(registered_at), status, -count(*)
          from removed
          group by tenant_id, host_tenant, tally_quarter(registered_at), status;
    else
        insert into registration_tally (tenant_id, host_tenant, registered_quarter, status, registrations)
        select tenant_id, host_tenant, registered_quarter, status, sum(registrations)
          from (select tenant_id, host_tenant, tally_quarter(registered_at) as registered_quarter, status,
                       1 as registrations
            from added
                union all
                select tenant_id, host_tenant, tally_quarter(registered_at), status, -1 from removed) change
         group by tenant_id, host_tenant, registered_quarter, status
        having sum(registrations) <> 0;
    end if;
    return null;
end;
$$;
create trigger registration_tally_insert after insert on registration referencing new table as added
    for each statement execute function registration_tally_changed();
create trigger registration_tally_update after update on registration referencing old table as removed new table as added
    for each statement execute function registration_tally_changed();
create trigger registration_tally_delete after delete on registration referencing old table as removed
    for each statement execute function registration_tally_changed();

create function endorsement_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into endorsement_tally (tenant_id, host_tenant, signed_quarter, endorsements)
        select tenant_id, host_tenant, tally_quarter(signed_at), count(*)
          from added
          group by tenant_id, host_tenant, tally_quarter(signed_at);
    elsif tg_op = 'DELETE' then
        insert into endorsement_tally (tenant_id, host_tenant, signed_quarter, endorsements)
        select tenant_id, host_tenant, tally_quarter(signed_at), -count(*)
          from removed
          group by tenant_id, host_tenant, tally_quarter(signed_at);
    else
        insert into endorsement_tally (tenant_id, host_tenant, signed_quarter, endorsements)
        select tenant_id, host_tenant, signed_quarter, sum(endorsements)
          from (select tenant_id, host_tenant, tally_quarter(signed_at) as signed_quarter, 1 as endorsements
            from added
                union all
                select tenant_id, host_tenant, tally_quarter(signed_at), -1 from removed) change
         group by tenant_id, host_tenant, signed_quarter
        having sum(endorsements) <> 0;
    end if;
    return null;
end;
$$;
create trigger endorsement_tally_insert after insert on endorsement referencing new table as added
    for each statement execute function endorsement_tally_changed();
create trigger endorsement_tally_update after update on endorsement referencing old table as removed new table as added
    for each statement execute function endorsement_tally_changed();
create trigger endorsement_tally_delete after delete on endorsement referencing old table as removed
    for each statement execute function endorsement_tally_changed();

-- Compacts the change rows of every key that changed since the last fold into one row (none when they cancel out).
-- Writers only append, so they never wait for this; one fold at a time (a second caller returns at once). Returns how
-- many change rows it folded.
create function fold_tallies() returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    folded bigint := 0;
    n      bigint;
begin
    if not pg_try_advisory_xact_lock(hashtextextended('fold-tallies', 0)) then
        return 0;
    end if;
    with changed as (select distinct tenant_id, type, region, status, joined_quarter from member_tally where fresh),
         taken as (delete
           from member_tally t using changed c
           where (t.tenant_id, t.type, t.region, t.status, t.joined_quarter) = (c.tenant_id, c.type, c.region, c.status, c.joined_quarter)
                   returning t.*),
         kept as (insert into member_tally (tenant_id, type, region, status, joined_quarter, organisations, fresh)
                  select tenant_id, type, region, status, joined_quarter, sum(organisations), false
                    from taken
                    group by tenant_id, type, region, status, joined_quarter
                    having sum(organisations) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    with changed as (select distinct tenant_id, quarter, status from member_change_tally where fresh),
         taken as (delete
           from member_change_tally t using changed c
           where (t.tenant_id, t.quarter, t.status) = (c.tenant_id, c.quarter, c.status)
                   returning t.*),
         kept as (insert into member_change_tally (tenant_id, quarter, status, changes, fresh)
                  select tenant_id, quarter, status, sum(changes), false
                    from taken
                    group by tenant_id, quarter, status
                    having sum(changes) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    with changed as (select distinct tenant_id, year, status from invoice_tally where fresh),
         taken as (delete from invoice_tally t using changed c
           where (t.tenant_id, t.year, t.status) = (c.tenant_id, c.year, c.status)
                   returning t.*),
         kept as (insert into invoice_tally (tenant_id, year, status, invoices, amount_cents, paid_cents, fresh)
                  select tenant_id, year, status, sum(invoices), sum(amount_cents), sum(paid_cents), false
                    from taken
                    group by tenant_id, year, status
                    having sum(invoices) <> 0 or sum(amount_cents) <> 0 or sum(paid_cents) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    with changed as (select distinct tenant_id, start_quarter, type, status from event_tally where fresh),
         taken as (delete from event_tally t using changed c
           where (t.tenant_id, t.start_quarter, t.type, t.status) = (c.tenant_id, c.start_quarter, c.type, c.status)
                   returning t.*),
         kept as (insert into event_tally (tenant_id, start_quarter, type, status, events, fresh)
                  select tenant_id, start_quarter, type, status, sum(events), false
                    from taken
                    group by tenant_id, start_quarter, type, status
                    having sum(events) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    with changed as (select distinct tenant_id, host_tenant, registered_quarter, status from registration_tally where fresh),
         taken as (delete from registration_tally t using changed c
           where (t.tenant_id, t.host_tenant, t.registered_quarter, t.status) = (c.tenant_id, c.host_tenant, c.registered_quarter, c.status)
                   returning t.*),
         kept as (insert into registration_tally (tenant_id, host_tenant, registered_quarter, status, registrations, fresh)
                  select tenant_id, host_tenant, registered_quarter, status, sum(registrations), false
                    from taken
                    group by tenant_id, host_tenant, registered_quarter, status
                    having sum(registrations) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    with changed as (select distinct tenant_id, host_tenant, signed_quarter from endorsement_tally where fresh),
         taken as (delete from endorsement_tally t using changed c
           where (t.tenant_id, t.host_tenant, t.signed_quarter) = (c.tenant_id, c.host_tenant, c.signed_quarter)
                   returning t.*),
         kept as (insert into endorsement_tally (tenant_id, host_tenant, signed_quarter, endorsements, fresh)
                  select tenant_id, host_tenant, signed_quarter, sum(endorsements), false
                    from taken
                    group by tenant_id, host_tenant, signed_quarter
                    having sum(endorsements) <> 0)
    select count(*) into n from taken;
    folded := folded + n;
    return folded;
end;
$$;
revoke all on function fold_tallies() from public;
grant execute on function fold_tallies() to ${app_role};

-- What is there already: one folded row per key, read tenant by tenant through the tenants' own policies.
do $$
declare
    t record;
begin
    for t in select code from tenant loop
        perform set_config('app.tenant_id', t.code, true);
        perform set_config('app.region_scope', '*', true);
        insert into member_tally (tenant_id, type, region, status, joined_quarter, organisations, fresh)
        select tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at), count(*), false
          from member_organisation where tenant_id = t.code
          group by tenant_id, type, coalesce(region, ''), status, joined_quarter(joined_on, created_at);
        insert into member_change_tally (tenant_id, quarter, status, changes, fresh)
        select tenant_id, tally_quarter(changed_at), status, count(*), false
          from member_status_change where tenant_id = t.code
          group by tenant_id, tally_quarter(changed_at), status;
        insert into invoice_tally (tenant_id, year, status, invoices, amount_cents, paid_cents, fresh)
        select tenant_id, year, status, count(*), sum(amount_cents), sum(paid_cents), false
          from invoice where tenant_id = t.code
          group by tenant_id, year, status;
        insert into event_tally (tenant_id, start_quarter, type, status, events, fresh)
        select tenant_id, tally_quarter(starts_at), type, status, count(*), false
          from event where tenant_id = t.code
          group by tenant_id, tally_quarter(starts_at), type, status;
        insert into registration_tally (tenant_id, host_tenant, registered_quarter, status, registrations, fresh)
        select tenant_id, host_tenant, tally_quarter(registered_at), status, count(*), false
          from registration where tenant_id = t.code
          group by tenant_id, host_tenant, tally_quarter(registered_at), status;
        insert into endorsement_tally (tenant_id, host_tenant, signed_quarter, endorsements, fresh)
        select tenant_id, host_tenant, tally_quarter(signed_at), count(*), false
          from endorsement where tenant_id = t.code
          group by tenant_id, host_tenant, tally_quarter(signed_at);
    end loop;
    perform set_config('app.tenant_id', '', true);
    perform set_config('app.region_scope', '', true);
end $$;

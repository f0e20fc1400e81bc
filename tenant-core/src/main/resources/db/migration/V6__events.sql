-- Events of a tenant, and the one deliberate path by which they cross tenants: an event is shared with all tenants or
-- with chosen ones; guests read published shared events through the view shared_event, which shows event fields only
-- (no registrations, no persons) and is held by the event table's own row-level security.

create table event (
    tenant_id             varchar(32)  not null references tenant (code),
    id                    uuid         not null,
    type                  varchar(20)  not null check (type in ('THEME_MEETING', 'WEBINAR', 'WORKSHOP',
                                                   'REGIONAL_MEETING', 'LECTURE', 'ALV', 'OPPE_KOFFIE', 'OTHER')),
    title                 varchar(200) not null,
    description           text,
    theme                 varchar(100),
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    location              varchar(200),
    online_link           varchar(500),
    region                varchar(100),
    capacity              integer check (capacity > 0),
    registration_deadline timestamptz,
    status                varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    shared_with_all       boolean      not null default false,
    version               bigint       not null default 1,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    primary key (tenant_id, id),
    check (ends_at >= starts_at)
);
create index event_by_start on event (tenant_id, status, starts_at);

create table event_share (
    tenant_id    varchar(32) not null,
    event_id     uuid        not null,
    guest_tenant varchar(32) not null references tenant (code),
    primary key (tenant_id, event_id, guest_tenant),
    foreign key (tenant_id, event_id) references event (tenant_id, id) on delete cascade
);
create index event_share_by_guest on event_share (tenant_id, guest_tenant);

alter table event enable row level security;
alter table event force row level security;
create policy event_tenant on event
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- A guest tenant may read (never write) a published event that its host shared with it or with everyone.
create policy event_shared_with_guest on event for select
    using (status = 'PUBLISHED' and tenant_id <> current_setting('app.tenant_id', true)
           and coalesce(current_setting('app.tenant_id', true), '') <> ''
           and (shared_with_all
                or exists (select 1 from event_share s
                           where s.tenant_id = event.tenant_id and s.event_id = event.id
                             and s.guest_tenant = current_setting('app.tenant_id', true))));

alter table event_share enable row level security;
alter table event_share force row level security;
create policy event_share_host on event_share
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy event_share_guest on event_share for select
    using (guest_tenant = current_setting('app.tenant_id', true));

-- The deliberate path: event fields only, read with the caller's rights (security_invoker), so the policies above
-- decide which rows a tenant sees.
create view shared_event with (security_invoker = true) as
select e.tenant_id as host_tenant, e.id, e.type, e.title, e.description, e.theme, e.starts_at, e.ends_at,
       e.location, e.online_link, e.region, e.capacity, e.registration_deadline, e.status, e.updated_at
from event e
where e.tenant_id <> current_setting('app.tenant_id', true);

grant select, insert, update, delete on event to ${app_role};
grant select, insert, delete on event_share to ${app_role};
grant select on shared_event to ${app_role};

-- Lobby campaigns (belangenbehartiging). A tenant writes a campaign with ordered speerpunten to targets from its own
-- target list (municipal councils, political parties, the province); its member organisations co-sign. A national
-- tenant's campaign can be national: every province's members co-sign it in their own portal.
--
-- An endorsement (co-signature) belongs to the signing organisation's own province, like a registration: tenant_id is
-- the province, host_tenant + campaign_id name the campaign. What the host reads of it is public on the letter anyway
-- (organisation name, municipality, province). Which contact person signed is kept apart, in endorsement_signer,
-- which only the province itself can read: personal data does not leave the province, not even as an id.

-- The province whose municipalities a tenant's target list is seeded with (null: all of them, for a national tenant).
alter table tenant add column province varchar(100);
update tenant set province = 'Limburg' where code = 'vkkl';
update tenant set province = 'Zuid-Holland' where code = 'zhvkk';
update tenant set province = 'Overijssel' where code = 'ovkk';

create table campaign (
    tenant_id  varchar(32)  not null references tenant (code),
    id         uuid         not null,
    title      varchar(200) not null check (length(btrim(title)) > 0),
    summary    varchar(1000),
    body       text         not null default '',
    closing    varchar(500),
    status     varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'SENT', 'CLOSED')),
    national   boolean      not null default false,
    opens_on   date,
    closes_on  date,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    opened_at  timestamptz,
    sent_at    timestamptz,
    closed_at  timestamptz,
    version    bigint       not null default 1,
    primary key (tenant_id, id),
    check (closes_on is null or opens_on is null or closes_on >= opens_on)
);
create index campaign_by_status on campaign (tenant_id, status, created_at);

-- The speerpunten, in the order the letter lists them.
create table campaign_position (
    tenant_id   varchar(32)  not null,
    campaign_id uuid         not null,
    position    smallint     not null check (position between 1 and 50),
    title       varchar(300) not null check (length(btrim(title)) > 0),
    explanation varchar(4000),
    primary key (tenant_id, campaign_id, position),
    foreign key (tenant_id, campaign_id) references campaign (tenant_id, id) on delete cascade
);

-- A tenant's own list of whom it writes to. A municipal council names its municipality: the member organisations in
-- that municipality are the ones that sign its letter.
create table campaign_target (
    tenant_id    varchar(32)  not null references tenant (code),
    id           uuid         not null,
    kind         varchar(20)  not null check (kind in ('MUNICIPAL_COUNCIL', 'POLITICAL_PARTY', 'PROVINCE', 'OTHER')),
    name         varchar(200) not null check (length(btrim(name)) > 0),
    municipality varchar(100),
    province     varchar(100),
    email        varchar(254),
    address      varchar(500),
    source       varchar(300),
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 1,
    primary key (tenant_id, id),
    check (kind <> 'MUNICIPAL_COUNCIL' or municipality is not null)
);
create unique index campaign_target_name on campaign_target (tenant_id, kind, lower(name));
create index campaign_target_by_municipality on campaign_target (tenant_id, lower(municipality));

-- Which targets a campaign writes to, and how the outreach to each went.
create table campaign_addressee (
    tenant_id        varchar(32)   not null,
    campaign_id      uuid          not null,
    target_id        uuid          not null,
    sent_on          date,
    response_on      date,
    response_summary varchar(4000),
    outcome          varchar(12)   not null default 'PENDING'
                                   check (outcome in ('PENDING', 'COMMITTED', 'PARTIAL', 'DECLINED', 'NO_RESPONSE')),
    version          bigint        not null default 1,
    primary key (tenant_id, campaign_id, target_id),
    foreign key (tenant_id, campaign_id) references campaign (tenant_id, id) on delete cascade,
    foreign key (tenant_id, target_id) references campaign_target (tenant_id, id),
    check (response_on is null or sent_on is null or response_on >= sent_on)
);
create index campaign_addressee_by_target on campaign_addressee (tenant_id, target_id);

-- One co-signature per member organisation per campaign: the primary key holds it, also when two contact persons of
-- one organisation press the button at the same moment.
create table endorsement (
    tenant_id         varchar(32)  not null references tenant (code),
    host_tenant       varchar(32)  not null,
    campaign_id       uuid         not null,
    member_id         uuid         not null,
    organisation_name varchar(200) not null,
    municipality      varchar(100) not null,
    signed_at         timestamptz  not null default now(),
    constraint endorsement_one_per_member primary key (tenant_id, host_tenant, campaign_id, member_id),
    foreign key (host_tenant, campaign_id) references campaign (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id)
);
create index endorsement_by_campaign on endorsement (tenant_id, host_tenant, campaign_id, municipality);

create table endorsement_signer (
    tenant_id   varchar(32) not null,
    host_tenant varchar(32) not null,
    campaign_id uuid        not null,
    member_id   uuid        not null,
    signed_by   varchar(5)  not null check (signed_by in ('SELF', 'ADMIN')),
    contact_id  uuid,
    primary key (tenant_id, host_tenant, campaign_id, member_id),
    foreign key (tenant_id, host_tenant, campaign_id, member_id)
        references endorsement (tenant_id, host_tenant, campaign_id, member_id) on delete cascade,
    foreign key (tenant_id, contact_id) references contact_person (tenant_id, id),
    check (signed_by = 'ADMIN' or contact_id is not null)
);
create index endorsement_signer_by_contact on endorsement_signer (tenant_id, contact_id);

-- Whether the calling tenant may co-sign (or withdraw from) a campaign now: its own or a national one, open, and not
-- past its closing date. Used by the policies below, so the rule holds for every writer.
create function campaign_accepts_endorsements(p_host varchar, p_campaign uuid) returns boolean
    language sql stable security definer set search_path = public as $$
    select exists (
        select 1 from campaign c
         where c.tenant_id = p_host and c.id = p_campaign and c.status = 'OPEN'
           and (c.closes_on is null or c.closes_on >= (now() at time zone 'Europe/Amsterdam')::date)
           and coalesce(current_setting('app.tenant_id', true), '') <> ''
           and (c.tenant_id = current_setting('app.tenant_id', true) or c.national));
$$;
revoke all on function campaign_accepts_endorsements(varchar, uuid) from public;
grant execute on function campaign_accepts_endorsements(varchar, uuid) to ${app_role};

alter table campaign enable row level security;
alter table campaign force row level security;
create policy campaign_tenant on campaign
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- Every tenant reads (never writes) a national campaign once it is no longer a draft.
create policy campaign_national_reader on campaign for select
    using (national and status <> 'DRAFT' and coalesce(current_setting('app.tenant_id', true), '') <> '');
-- Only a national tenant's campaign can be national.
create policy campaign_national_only_nationally on campaign as restrictive for all
    using (true)
    with check (not national or exists (select 1 from tenant t where t.code = tenant_id and t.kind = 'NATIONAL'));
-- The schema owner runs campaign_accepts_endorsements; the application role gets nothing from this policy.
create policy campaign_endorsement_keeper on campaign for select to current_user using (true);

alter table campaign_position enable row level security;
alter table campaign_position force row level security;
create policy campaign_position_tenant on campaign_position
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The speerpunten of a campaign are read by whoever may read the campaign (the subquery is held by its policies).
create policy campaign_position_reader on campaign_position for select
    using (exists (select 1 from campaign c where c.tenant_id = campaign_position.tenant_id
                                               and c.id = campaign_position.campaign_id));

alter table campaign_target enable row level security;
alter table campaign_target force row level security;
create policy campaign_target_tenant on campaign_target
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table campaign_addressee enable row level security;
alter table campaign_addressee force row level security;
create policy campaign_addressee_tenant on campaign_addressee
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table endorsement enable row level security;
alter table endorsement force row level security;
create policy endorsement_own on endorsement for select
    using (tenant_id = current_setting('app.tenant_id', true));
-- The host of a campaign reads who co-signed it, from every province: organisation, municipality, when.
create policy endorsement_host on endorsement for select
    using (host_tenant = current_setting('app.tenant_id', true));
create policy endorsement_sign on endorsement for insert
    with check (tenant_id = current_setting('app.tenant_id', true)
                and campaign_accepts_endorsements(host_tenant, campaign_id));
create policy endorsement_withdraw on endorsement for delete
    using (tenant_id = current_setting('app.tenant_id', true)
           and campaign_accepts_endorsements(host_tenant, campaign_id));

alter table endorsement_signer enable row level security;
alter table endorsement_signer force row level security;
create policy endorsement_signer_tenant on endorsement_signer
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- The deliberate path across tenants: organisations that co-signed, no persons. A province sees its own rows, the
-- host of a campaign all rows of its campaigns (security_invoker: the policies above decide).
create view campaign_cosigner with (security_invoker = true) as
select e.host_tenant, e.campaign_id, e.tenant_id as home_tenant, e.member_id, e.organisation_name, e.municipality,
       e.signed_at
from endorsement e;

-- How other tenants read a national campaign and its speerpunten: campaign fields only, held by the policies above.
create view national_campaign with (security_invoker = true) as
select c.tenant_id as host_tenant, c.id, c.title, c.summary, c.body, c.closing, c.status, c.opens_on, c.closes_on,
       c.opened_at, c.updated_at
from campaign c
where c.national and c.tenant_id <> current_setting('app.tenant_id', true);

create view national_campaign_position with (security_invoker = true) as
select p.tenant_id as host_tenant, p.campaign_id, p.position, p.title, p.explanation
from campaign_position p
where p.tenant_id <> current_setting('app.tenant_id', true);

grant select, insert, update, delete on campaign to ${app_role};
grant select, insert, update, delete on campaign_position to ${app_role};
grant select, insert, update, delete on campaign_target to ${app_role};
grant select, insert, update, delete on campaign_addressee to ${app_role};
grant select, insert, delete on endorsement to ${app_role};
grant select, insert, update, delete on endorsement_signer to ${app_role};
grant select on campaign_cosigner to ${app_role};
grant select on national_campaign to ${app_role};
grant select on national_campaign_position to ${app_role};

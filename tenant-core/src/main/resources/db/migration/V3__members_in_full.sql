-- Members in full: regions, ambassadors scoped to regions, address and size of the village, status history,
-- contact persons with consent, and SEPA mandates. Every table: tenant_id leads its keys, RLS enabled and forced.

create table region (
    tenant_id varchar(32)  not null references tenant (code),
    id        uuid         not null,
    name      varchar(100) not null check (name !~ '[|]' and length(btrim(name)) > 0),
    primary key (tenant_id, id),
    unique (tenant_id, name)
);
create unique index region_name_unique on region (tenant_id, lower(name));

-- Existing region names become regions, tenant by tenant: the migration is held by forced RLS like everyone else.
-- One spelling per region: members written "noord-limburg" follow the region's "Noord-Limburg".
do $$
declare
    t record;
begin
    for t in select code from tenant loop
        perform set_config('app.tenant_id', t.code, true);
        insert into region (tenant_id, id, name)
        select distinct on (lower(region)) tenant_id, gen_random_uuid(), region
        from member_organisation where region is not null and tenant_id = t.code
        order by lower(region), region;
        update member_organisation m set region = r.name
        from region r where r.tenant_id = m.tenant_id and lower(r.name) = lower(m.region) and m.region <> r.name;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

alter table region enable row level security;
alter table region force row level security;
create policy region_tenant on region
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on region to ${app_role};

-- A member's region is one of its tenant's regions; renaming a region renames it on its members.
alter table member_organisation
    add constraint member_organisation_region foreign key (tenant_id, region) references region (tenant_id, name)
        on update cascade,
    add column street       varchar(200),
    add column postal_code  varchar(7) check (postal_code ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    add column place        varchar(100),
    add column inhabitants  integer check (inhabitants between 0 and 1000000),
    add column joined_on    date,
    add column phone        varchar(20);

alter table member_organisation drop constraint member_organisation_status_check;
alter table member_organisation add constraint member_organisation_status_check
    check (status in ('PROSPECT', 'ACTIVE', 'SUSPENDED', 'ARCHIVED'));

create table member_status_change (
    tenant_id  varchar(32)  not null,
    id         uuid         not null,
    member_id  uuid         not null,
    status     varchar(10)  not null,
    changed_at timestamptz  not null default now(),
    changed_by varchar(254) not null,
    reason     varchar(500),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id)
);
create index member_status_change_by_member on member_status_change (tenant_id, member_id, changed_at);

do $$
declare
    t record;
begin
    for t in select code from tenant loop
        perform set_config('app.tenant_id', t.code, true);
        insert into member_status_change (tenant_id, id, member_id, status, changed_at, changed_by)
        select tenant_id, gen_random_uuid(), id, status, created_at, 'migration' from member_organisation
        where tenant_id = t.code;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

-- An ambassador (the regional coordinator) sees the members of their regions only: the policy reads
-- app.region_scope, which is '*' for a tenant-wide caller, the ambassador's region names joined by '|', or
-- unset (no rows at all).
drop policy member_organisation_tenant on member_organisation;
create policy member_organisation_tenant on member_organisation
    using (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or region = any (string_to_array(current_setting('app.region_scope', true), '|'))))
    with check (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or region = any (string_to_array(current_setting('app.region_scope', true), '|'))));
alter table member_status_change enable row level security;
alter table member_status_change force row level security;
create policy member_status_change_tenant on member_status_change
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert on member_status_change to ${app_role};

alter table account_grant drop constraint account_grant_role_check;
alter table account_grant add constraint account_grant_role_check
    check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'NATIONAL_OFFICE', 'MEMBER_CONTACT', 'REGIONAL_AMBASSADOR'));

create table ambassador_region (
    tenant_id  varchar(32) not null,
    account_id uuid        not null references account (id),
    region_id  uuid        not null,
    primary key (tenant_id, account_id, region_id),
    foreign key (tenant_id, region_id) references region (tenant_id, id) on delete cascade
);
alter table ambassador_region enable row level security;
alter table ambassador_region force row level security;
create policy ambassador_region_tenant on ambassador_region
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The login path reads the caller's own regions, as it reads their own grants.
create policy ambassador_region_own on ambassador_region for select
    using (account_id::text = current_setting('app.account_id', true));
grant select, insert, delete on ambassador_region to ${app_role};
-- The own-regions policy joins the region name in the login path.
create policy region_of_own_ambassadorship on region for select
    using (exists (select 1 from ambassador_region a
                   where a.tenant_id = region.tenant_id and a.region_id = region.id
                     and a.account_id::text = current_setting('app.account_id', true)));

create table contact_person (
    tenant_id             varchar(32)  not null,
    id                    uuid         not null,
    organisation_id       uuid         not null,
    name                  varchar(200) not null,
    role_in_organisation  varchar(100),
    email                 varchar(254),
    phone                 varchar(20),
    is_primary            boolean      not null default false,
    newsletter_consent_on date,
    sharing_consent_on    date,
    account_id            uuid references account (id),
    erased_at             timestamptz,
    version               bigint       not null default 1,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, organisation_id) references member_organisation (tenant_id, id)
       
);
create index contact_person_by_organisation on contact_person (tenant_id, organisation_id);
create index contact_person_by_email on contact_person (tenant_id, lower(email));
create unique index contact_person_one_primary on contact_person (tenant_id, organisation_id)
    where is_primary and erased_at is null;
create unique index contact_person_one_account on contact_person (tenant_id, account_id)
    where account_id is not null;

-- A contact person is visible exactly where their organisation is: the subquery runs under the member policy.
alter table contact_person enable row level security;
alter table contact_person force row level security;
create policy contact_person_tenant on contact_person
    using (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or exists (select 1 from member_organisation m
                           where m.tenant_id = contact_person.tenant_id and m.id = contact_person.organisation_id)))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on contact_person to ${app_role};

create table sepa_mandate (
    tenant_id  varchar(32) not null,
    member_id  uuid        not null,
    iban       varchar(34) not null,
    bic        varchar(11),
    reference  varchar(35) not null,
    signed_on  date        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, member_id),
    unique (tenant_id, reference),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id)
);
alter table sepa_mandate enable row level security;
alter table sepa_mandate force row level security;
create policy sepa_mandate_tenant on sepa_mandate
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on sepa_mandate to ${app_role};

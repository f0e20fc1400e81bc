-- Tenant registry and accounts. Role names arrive as Flyway placeholders, never written here.

create table tenant (
    code        varchar(32)  primary key check (code ~ '^[a-z][a-z0-9-]{1,31}$'),
    name        varchar(200) not null,
    kind        varchar(16)  not null check (kind in ('NATIONAL', 'PROVINCIAL')),
    parent_code varchar(32)  references tenant (code)
);

insert into tenant (code, name, kind, parent_code) values
    ('lvkk',  'Landelijke Vereniging voor Kleine Kernen',             'NATIONAL',   null),
    ('vkkl',  'Vereniging Kleine Kernen Limburg',                     'PROVINCIAL', 'lvkk'),
    ('zhvkk', 'Zuid-Hollandse Vereniging van Kleine Kernen',          'PROVINCIAL', 'lvkk'),
    ('ovkk',  'Overijsselse Vereniging van Krachtige Kernen',         'PROVINCIAL', 'lvkk');

-- Accounts are platform identities (one login, grants in several tenants); they hold no tenant data.
create table account (
    id            uuid         primary key,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    password_hash varchar(512) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create unique index account_email_unique on account (lower(email));

-- A grant is tenant data: an admin of a tenant sees the grants of that tenant only; a caller may read
-- their own grants once the login path has set app.account_id for the transaction.
create table account_grant (
    tenant_id  varchar(32) not null references tenant (code),
    account_id uuid        not null references account (id),
    role       varchar(32) not null check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'NATIONAL_OFFICE', 'MEMBER_CONTACT')),
    primary key (tenant_id, account_id, role)
);
alter table account_grant enable row level security;
alter table account_grant force row level security;
create policy account_grant_tenant on account_grant
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy account_grant_own on account_grant for select
    using (account_id::text = current_setting('app.account_id', true));

grant usage on schema public to ${app_role};
grant select on tenant to ${app_role};
grant select, insert, update on account to ${app_role};
grant select, insert, delete on account_grant to ${app_role};

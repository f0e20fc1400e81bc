-- The platform console: associations are added, suspended and resumed as data, by platform administrators.

-- Who administers the platform itself. A platform table without tenant_id on purpose: the role stands above every
-- association and gives no association's data (the console creates, invites and suspends; it reads no member,
-- contact or grant of any tenant). The application role only reads it; a row is written by the bootstrap command
-- (deploy/platform-admin.sh) as the owner, so no request of the application can make anyone platform administrator.
create table platform_admin (
    account_id uuid        primary key references account (id),
    created_at timestamptz not null default now()
);
grant select on platform_admin to ${app_role};

-- The province an association works in, by its CBS code (PV20..PV31). The municipality register (V19) may add the
-- same column with a reference to its province table; "if not exists" lets both land in either order.
alter table tenant add column if not exists province_code varchar(32);
update tenant set province_code = 'PV31' where code = 'vkkl' and province_code is null;
update tenant set province_code = 'PV28' where code = 'zhvkk' and province_code is null;
update tenant set province_code = 'PV23' where code = 'ovkk' and province_code is null;

-- A suspended association keeps all its data; its grants stop giving access until it is resumed.
alter table tenant add column suspended_at timestamptz;
alter table tenant add column suspension_reason varchar(500);
alter table tenant add column created_at timestamptz not null default now();

-- The console writes through the application role; the caller is checked as platform administrator in the one
-- façade that writes here (PlatformConsole). Only the suspension columns may change; a code, once given, stays.
grant insert on tenant to ${app_role};
grant update (suspended_at, suspension_reason) on tenant to ${app_role};

-- Every first path segment of the API and the pages, so no tenant's /api/v1/{tenant}/… can be mistaken for one of
-- them. The same list is ReservedTenantCodes in Java; ReservedTenantCodesTest holds the two together.
alter table tenant drop constraint tenant_code_not_a_path;
alter table tenant add constraint tenant_code_not_a_path check (code not in (
    'account', 'accounts', 'admin', 'api', 'error', 'health', 'index', 'invitation', 'invitations', 'login',
    'logout', 'me', 'metrics', 'national', 'openapi', 'password-reset', 'ping', 'platform', 'portal',
    'resources', 'root', 'system', 'tenants', 'v1', 'www'));

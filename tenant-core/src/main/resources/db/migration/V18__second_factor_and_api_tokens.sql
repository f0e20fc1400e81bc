-- A second factor (TOTP, RFC 6238) with recovery codes, a tenant setting that requires it of its administrators, and
-- personal API tokens for integrations of accounts that have one.

-- Platform tables without tenant_id, as account itself: a second factor belongs to the person's one login, which
-- holds grants in several tenants; no tenant administrator reads or changes it. Only the account's own session
-- (enrolment page) and the login path touch these rows, always by account id.
create table account_second_factor (
    account_id     uuid        primary key references account (id),
    secret         text        not null,
    confirmed_at   timestamptz,
    -- the time step of the last accepted code: a code of that step or an earlier one is never accepted again
    last_used_step bigint,
    created_at     timestamptz not null default now()
);

-- Recovery codes are stored as SHA-256 digests (they are random, 50 bits each); each is used once.
create table account_recovery_code (
    account_id uuid        not null references account (id),
    code_hash  text        not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- Off by default: a tenant's administrators (and, later, treasurers) must enrol a second factor when it is on.
alter table tenant add column second_factor_required boolean not null default false;

-- A token belongs to an account and works in one tenant with one role the account holds there: tenant data, and
-- a tenant's administrators see (in the audit log) which tokens were made in their tenant.
create table api_token (
    tenant_id    varchar(32) not null references tenant (code),
    id           uuid        not null,
    account_id   uuid        not null references account (id),
    role         varchar(32) not null,
    name         varchar(100) not null,
    token_hash   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (tenant_id, id)
);
-- The token's value names its tenant (dkpat_<tenant>.<random>), so the Bearer login looks it up in that tenant under
-- the tenant policy, through this index; no policy reads tokens by their digest across tenants.
create unique index api_token_hash_unique on api_token (tenant_id, token_hash);
create index api_token_account on api_token (tenant_id, account_id);

alter table api_token enable row level security;
alter table api_token force row level security;
create policy api_token_tenant on api_token
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The one narrow way across tenants, read-only, as account_grant_own in V1: a caller lists their own tokens (of every
-- tenant, on their tokens page) once the path has set app.account_id to their account for the transaction.
create policy api_token_own on api_token for select
    using (account_id::text = current_setting('app.account_id', true));

grant select, insert, update, delete on account_second_factor to ${app_role};
grant select, insert, update, delete on account_recovery_code to ${app_role};
-- The row of the tenant the request entered: the update names current_setting('app.tenant_id') in its where clause.
grant update (second_factor_required) on tenant to ${app_role};
grant select, insert, update on api_token to ${app_role};

-- Forgot password, change password, sign out everywhere (issue 14, item 5).
--
-- credentials_version counts changes of an account's credentials: a session remembers the version it logged in with,
-- and a remembered HTTP Basic verification the version it checked; either is refused once the version moved on (a new
-- password, a reset, "overal afmelden"). must_change_password marks a password someone else chose (the one-time
-- password an admin hands over): until the person chose their own, that login reaches nothing else.
alter table account add column credentials_version bigint not null default 0;
alter table account add column must_change_password boolean not null default false;

-- A platform table without tenant_id, deliberately: a reset belongs to an account, and an account is a platform
-- identity that holds grants in several tenants (see account in V1); the person resetting is not logged in and names no
-- tenant. The link's token is never stored: only its SHA-256, so a copy of this table opens no account. A row is used
-- once (used_at) and is worthless after expires_at; rows a day past expiry are deleted by the next request.
create table password_reset (
    id         uuid        primary key,
    account_id uuid        not null references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create unique index password_reset_token on password_reset (token_hash);
-- "how many links of this account are still open": the bound on requests per account
create index password_reset_account on password_reset (account_id, expires_at);
create index password_reset_expiry on password_reset (expires_at);

-- The application finds a reset by its token's hash, counts an account's open links, marks one used, clears expired
-- ones. Nothing else: no role gets truncate or references.
grant select, insert, update, delete on password_reset to ${app_role};

-- An admin never links or grants an existing account: every login or role an association gives is an invitation that
-- the person accepts from the link mailed to them. Until then nothing changes at the account, and the admin's answer is
-- the same whether or not the address has an account anywhere.
--
-- An invitation is the inviting tenant's data (tenant_id leads every key; RLS enabled and forced). The link carries a
-- random token; only its SHA-256 is stored. Whoever holds the token may read that one invitation (to learn its
-- tenant), and accepts it in a transaction bound to that tenant, under the tenant's own policies.

create table invitation (
    tenant_id    varchar(32)  not null references tenant (code),
    id           uuid         not null,
    email        varchar(254) not null,
    display_name varchar(200) not null,   -- as the admin typed it: what the admin sees, never the account's own name
    role         varchar(32)  not null
        check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'NATIONAL_OFFICE', 'MEMBER_CONTACT', 'REGIONAL_AMBASSADOR')),
    contact_id   uuid,                    -- MEMBER_CONTACT: the contact person the login is for
    region_id    uuid,                    -- REGIONAL_AMBASSADOR: the region
    token_hash   bytea        not null,
    invited_by   varchar(254) not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    account_id   uuid references account (id),
    withdrawn_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, contact_id) references contact_person (tenant_id, id) on delete cascade,
    foreign key (tenant_id, region_id) references region (tenant_id, id) on delete cascade,
    check (octet_length(token_hash) = 32),
    check (role <> 'MEMBER_CONTACT' or contact_id is not null),
    check (role <> 'REGIONAL_AMBASSADOR' or region_id is not null)
);
create unique index invitation_token on invitation (token_hash);
create index invitation_open on invitation (tenant_id, lower(email)) where accepted_at is null and withdrawn_at is null;

alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_tenant on invitation
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The one crossing: the holder of a link reads the invitation it names, nothing else (select only).
create policy invitation_by_token on invitation for select
    using ((token_hash = decode(current_setting('app.invitation_token'::text, true), 'hex'::text)));
grant select, insert, update, delete on invitation to ${app_role};

-- What the admin typed when appointing an ambassador: the list shows these, not the account's own name or address.
alter table ambassador_region add column display_name varchar(200);
alter table ambassador_region add column email varchar(254);
-- Existing appointments take the account's details once; row security would hide every row from an owner that is not
-- a superuser, so it is lifted for this one statement of the migration.
alter table ambassador_region no force row level security;
update ambassador_region a set display_name = acc.display_name, email = acc.email
  from account acc where acc.id = a.account_id;
alter table ambassador_region force row level security;

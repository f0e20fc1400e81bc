-- Whether a tenant's target list was seeded from the reference data (campaigns/gemeenten.csv). Seeding happens once per
-- tenant: a council an admin deleted from the list does not come back at the next start, and a second instance starting
-- at the same moment finds the row and seeds nothing.
create table target_list_seed (
    tenant_id varchar(32)  not null references tenant (code),
    source    varchar(300) not null,
    targets   integer      not null check (targets >= 0),
    seeded_at timestamptz  not null default now(),
    primary key (tenant_id)
);

alter table target_list_seed enable row level security;
alter table target_list_seed force row level security;
create policy target_list_seed_tenant on target_list_seed
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on target_list_seed to ${app_role};

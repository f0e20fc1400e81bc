create table member_organisation (
    tenant_id    varchar(32)  not null references tenant (code),
    id           uuid         not null,
    name         varchar(200) not null,
    type         varchar(20)  not null check (type in ('DORPSRAAD', 'DORPSHUIS', 'ZORGCOLLECTIEF', 'WIJKPLATFORM', 'OTHER')),
    municipality varchar(100) not null,
    region       varchar(100),
    email        varchar(254),
    status       varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    version      bigint       not null default 1,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    primary key (tenant_id, id)
);
create unique index member_organisation_identity on member_organisation (tenant_id, lower(name), lower(municipality));
create index member_organisation_by_type on member_organisation (tenant_id, status, type);
create index member_organisation_by_region on member_organisation (tenant_id, status, region);

alter table member_organisation enable row level security;
alter table member_organisation force row level security;
create policy member_organisation_tenant on member_organisation
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on member_organisation to ${app_role};

create table audit_entry (
    tenant_id   varchar(32)  not null references tenant (code),
    id          uuid         not null,
    occurred_at timestamptz  not null default now(),
    actor       varchar(254) not null,
    action      varchar(40)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(64)  not null,
    changes     text         not null,
    primary key (tenant_id, id)
);
create index audit_entry_by_time on audit_entry (tenant_id, occurred_at desc);

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_tenant on audit_entry
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- The audit log is append-only for the application.
grant select, insert on audit_entry to ${app_role};

-- Contributions: plans per tenant (flat, tiered by inhabitants, paid by the municipality), each member's plan and
-- payer, yearly runs that bill one invoice per payer, invoices with lines and payments, and the tenant's SEPA creditor.
-- Every table: tenant_id leads its keys and indexes, RLS enabled and forced. Amounts are integer cents. References
-- between these tables are checked at commit: EclipseLink maps ids, not relationships, and orders inserts by class.

create table contribution_plan (
    tenant_id    varchar(32)  not null references tenant (code),
    id           uuid         not null,
    name         varchar(100) not null check (length(btrim(name)) > 0),
    kind         varchar(12)  not null check (kind in ('FLAT', 'TIERED', 'MUNICIPALITY')),
    -- FLAT: the amount; TIERED: the amount below the lowest tier (or inhabitants unknown); MUNICIPALITY: per village
    amount_cents bigint       not null check (amount_cents between 0 and 100000000),
    active       boolean      not null default true,
    version      bigint       not null default 1,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    primary key (tenant_id, id)
);
create unique index contribution_plan_name_unique on contribution_plan (tenant_id, lower(name));

create table contribution_tier (
    tenant_id        varchar(32) not null,
    id               uuid        not null,
    plan_id          uuid        not null,
    from_inhabitants integer     not null check (from_inhabitants between 0 and 1000000),
    amount_cents     bigint      not null check (amount_cents between 0 and 100000000),
    primary key (tenant_id, id),
    foreign key (tenant_id, plan_id) references contribution_plan (tenant_id, id) on delete cascade
        deferrable initially deferred
);
create unique index contribution_tier_per_plan on contribution_tier (tenant_id, plan_id, from_inhabitants);

-- A member's plan and who pays for it; kept apart from member_organisation, which the member administration owns.
create table member_contribution (
    tenant_id  varchar(32) not null,
    member_id  uuid        not null,
    plan_id    uuid        not null,
    payer      varchar(12) not null check (payer in ('ORGANISATION', 'MUNICIPALITY')),
    version    bigint      not null default 1,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, member_id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, plan_id) references contribution_plan (tenant_id, id) deferrable initially deferred
);
create index member_contribution_by_plan on member_contribution (tenant_id, plan_id);

create table contribution_run (
    tenant_id       varchar(32)  not null references tenant (code),
    id              uuid         not null,
    year            integer      not null check (year between 2000 and 2200),
    status          varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    payers_total    integer      not null default 0,
    payers_done     integer      not null default 0,
    invoices_created integer     not null default 0,
    payers_skipped  integer      not null default 0,
    members_billed  integer      not null default 0,
    issued_on       date         not null,
    due_on          date         not null check (due_on >= issued_on),
    started_by      varchar(254) not null,
    started_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    failure         varchar(500),
    primary key (tenant_id, id)
);
create index contribution_run_by_year on contribution_run (tenant_id, year, started_at desc);
-- One running run per tenant and year; a second start is refused (a run that stopped reporting is taken over).
create unique index contribution_run_one_running on contribution_run (tenant_id, year) where status = 'RUNNING';

-- Invoice numbers are consecutive per tenant and year (doorlopende nummering): the counter row is locked while a
-- batch of invoices takes its numbers, in the batch's transaction, so a rolled-back batch leaves no gap.
create table invoice_counter (
    tenant_id   varchar(32) not null references tenant (code),
    year        integer     not null,
    last_number integer     not null default 0 check (last_number between 0 and 999999),
    primary key (tenant_id, year)
);

create table invoice (
    tenant_id    varchar(32)  not null references tenant (code),
    id           uuid         not null,
    number       varchar(20)  not null,
    year         integer      not null check (year between 2000 and 2200),
    run_id       uuid,
    payer_kind   varchar(12)  not null check (payer_kind in ('ORGANISATION', 'MUNICIPALITY')),
    -- 'M:<member id>' for an organisation, 'G:<municipality in lower case>' for a municipality
    payer_key    varchar(120) not null,
    member_id    uuid,
    municipality varchar(100),
    payer_name   varchar(200) not null,
    payer_street varchar(200),
    payer_postal_code varchar(7),
    payer_place  varchar(100),
    payer_email  varchar(254),
    amount_cents bigint       not null check (amount_cents > 0),
    paid_cents   bigint       not null default 0 check (paid_cents >= 0 and paid_cents <= amount_cents),
    status       varchar(10)  not null check (status in ('OPEN', 'PAID', 'CANCELLED')),
    issued_on    date         not null,
    due_on       date         not null check (due_on >= issued_on),
    cancelled_at timestamptz,
    version      bigint       not null default 1,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    primary key (tenant_id, id),
    check ((payer_kind = 'ORGANISATION') = (member_id is not null)),
    check (status <> 'PAID' or paid_cents = amount_cents),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, run_id) references contribution_run (tenant_id, id) deferrable initially deferred
);
-- Idempotency lives here: one invoice per payer per year, whatever runs or retries happen.
create unique index invoice_one_per_payer_and_year on invoice (tenant_id, year, payer_key);
create unique index invoice_number_unique on invoice (tenant_id, number);
create index invoice_by_status on invoice (tenant_id, status, due_on);
create index invoice_by_run on invoice (tenant_id, run_id);
create index invoice_by_member on invoice (tenant_id, member_id);

create table invoice_line (
    tenant_id    varchar(32)  not null,
    id           uuid         not null,
    invoice_id   uuid         not null,
    line_no      integer      not null check (line_no > 0),
    year         integer      not null,
    member_id    uuid         not null,
    member_name  varchar(200) not null,
    plan_id      uuid         not null,
    plan_name    varchar(100) not null,
    inhabitants  integer,
    amount_cents bigint       not null check (amount_cents >= 0),
    primary key (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id) deferrable initially deferred
);
create unique index invoice_line_position on invoice_line (tenant_id, invoice_id, line_no);
-- A member is billed once per year, on whichever payer's invoice.
create unique index invoice_line_one_per_member_and_year on invoice_line (tenant_id, year, member_id);

create table payment (
    tenant_id    varchar(32)  not null,
    id           uuid         not null,
    invoice_id   uuid         not null,
    amount_cents bigint       not null check (amount_cents > 0),
    paid_on      date         not null,
    method       varchar(14)  not null check (method in ('TRANSFER', 'DIRECT_DEBIT', 'CASH', 'OTHER')),
    reference    varchar(100),
    recorded_by  varchar(254) not null,
    recorded_at  timestamptz  not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id) deferrable initially deferred
);
create index payment_by_invoice on payment (tenant_id, invoice_id);

create table sepa_creditor (
    tenant_id   varchar(32)  not null references tenant (code),
    id          uuid         not null,
    name        varchar(70)  not null,
    iban        varchar(34)  not null,
    bic         varchar(11),
    creditor_id varchar(35)  not null,
    version     bigint       not null default 1,
    updated_at  timestamptz  not null default now(),
    primary key (tenant_id, id)
);
-- One creditor (the association's own collecting account) per tenant.
create unique index sepa_creditor_one_per_tenant on sepa_creditor (tenant_id);

-- Every table: RLS enabled and forced, one policy on the tenant of the transaction.
alter table contribution_plan enable row level security;
alter table contribution_plan force row level security;
create policy contribution_plan_tenant on contribution_plan
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table contribution_tier enable row level security;
alter table contribution_tier force row level security;
create policy contribution_tier_tenant on contribution_tier
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table member_contribution enable row level security;
alter table member_contribution force row level security;
create policy member_contribution_tenant on member_contribution
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table contribution_run enable row level security;
alter table contribution_run force row level security;
create policy contribution_run_tenant on contribution_run
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table invoice_counter enable row level security;
alter table invoice_counter force row level security;
create policy invoice_counter_tenant on invoice_counter
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table invoice enable row level security;
alter table invoice force row level security;
create policy invoice_tenant on invoice
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table invoice_line enable row level security;
alter table invoice_line force row level security;
create policy invoice_line_tenant on invoice_line
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table payment enable row level security;
alter table payment force row level security;
create policy payment_tenant on payment
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table sepa_creditor enable row level security;
alter table sepa_creditor force row level security;
create policy sepa_creditor_tenant on sepa_creditor
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on contribution_plan to ${app_role};
grant select, insert, update, delete on contribution_tier to ${app_role};
grant select, insert, update, delete on member_contribution to ${app_role};
grant select, insert, update on contribution_run to ${app_role};
grant select, insert, update on invoice_counter to ${app_role};
-- Invoices, their lines and payments are never deleted: cancelling is a status.
grant select, insert, update on invoice to ${app_role};
grant select, insert on invoice_line to ${app_role};
grant select, insert on payment to ${app_role};
grant select, insert, update on sepa_creditor to ${app_role};
